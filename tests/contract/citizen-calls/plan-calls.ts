// Valid calls of the plan, goal and incident methods for the audit test (citizen-audit.test.ts).
import type { InputOf } from '../../../src/contract';
import type { TestBackend } from '../../fixtures/backend';
import { citizenIn } from '../../fixtures/citizens';
import { addGoal, goalInput } from '../../fixtures/plans';
import type { CitizenCalls } from './types';

/** A fresh citizen in the fixture's own residence, and the input built for them. */
function withCitizen(t: TestBackend, input: (citizenId: number) => unknown) {
  const citizenId = citizenIn(t, 'own');
  return { input: input(citizenId), citizenId };
}

/** A fresh citizen with one active goal (sleep, from 01-01-2026), and the input built for the goal. */
const withGoal = (t: TestBackend, input: (goalId: number) => unknown) => withCitizen(t, (citizenId) => input(addGoal(t, citizenId)));

/** Adds an action to the goal straight through the service; returns the action id. */
function addAction(t: TestBackend, goalId: number): number {
  const goal = t.backend.services.goals.addAction(t.backend.actorByUsername('admin'), { goalId, title: 'Aftenrutine', method: null, status: 'planlagt' });
  return goal.actions[0]!.id;
}

/** The goal's fields for goals.update, without the citizen and parent. */
function updateFields(citizenId: number): Omit<InputOf<'goals.update'>, 'id' | 'version'> {
  const { citizenId: _citizen, parentId: _parent, ...fields } = goalInput(citizenId);
  return fields;
}

export const PLAN_CITIZEN_CALLS: CitizenCalls = {
  'plans.get': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'plans.updateHandleplan': (t) => withCitizen(t, (citizenId) => ({ citizenId, purpose: 'Selvstændig hverdag', date: '2026-01-10', receivedFrom: 'Aarhus Kommune', version: 0 })),
  'plans.addMeeting': (t) => withCitizen(t, (citizenId) => ({ citizenId, date: '2026-03-01', kind: 'statusmoede', decision: 'fortsaet', note: null })),

  'goals.create': (t) => withCitizen(t, (citizenId) => goalInput(citizenId)),
  'goals.update': (t) => withCitizen(t, (citizenId) => ({ ...updateFields(citizenId), id: addGoal(t, citizenId), version: 1, professionalText: 'Rettet mål' })),
  'goals.close': (t) => withGoal(t, (id) => ({ id, version: 1, outcome: 'opnaaet', closedDate: '2026-03-01', note: 'Opnået', decision: 'afslut' })),
  'goals.addEvaluation': (t) => withGoal(t, (goalId) => ({ goalId, date: '2026-03-01', functionLevel: 2, gas: 0 })),
  'goals.addAction': (t) => withGoal(t, (goalId) => ({ goalId, title: 'Aftenrutine', method: 'KRAP' })),
  'goals.updateAction': (t) => withGoal(t, (goalId) => ({ id: addAction(t, goalId), version: 1, title: 'Aftenrutine', status: 'igang' })),

  'incidents.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'incidents.create': (t) =>
    withCitizen(t, (citizenId) => ({ citizenId, kind: 'magtanvendelse', type: 'fastholdelse', date: '2026-03-01', time: null, description: 'Fastholdelse', reportedDate: null })),
  'incidents.markReported': (t) =>
    withCitizen(t, (citizenId) => {
      const admin = t.backend.actorByUsername('admin');
      const incident = t.backend.services.incidents.create(admin, {
        citizenId,
        kind: 'indlaeggelse',
        type: null,
        date: '2026-02-01',
        time: null,
        description: 'Indlagt',
        reported: false,
        reportedDate: null,
      });
      return { id: incident.id, reportedDate: '2026-03-01' };
    }),
};
