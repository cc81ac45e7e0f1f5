// One goal or delmål in the statusrapport: its facts, the citizen's own words, actions, level and
// support need at start vs now, the progression chart, the period's evaluations and what comes next.
import { Text, View } from '@react-pdf/renderer';
import type { StatusGoal } from '../models/status-model';
import { date } from './format';
import { Empty, KeyValues, Paragraph, Quote, SubTitle, Table } from './primitives';
import { ProgressionChart } from './progression-chart';
import { COLORS } from './theme';

const EVALUATION_COLUMNS = [
  { title: 'Dato', width: 1.1 },
  { title: 'Funktionsevneniveau', width: 2 },
  { title: 'GAS', width: 1.6 },
  { title: 'Støttebehov', width: 1.6 },
  { title: 'Bemærkning', width: 3.2 },
] as const;

const fromTo = (start: string | null, now: string | null) => (start === null && now === null ? null : `Start: ${start ?? '–'} · Nu: ${now ?? '–'}`);

function nextStep(goal: StatusGoal): string {
  if (goal.closedDate) {
    return [`Afsluttet ${date(goal.closedDate)} (${goal.status.toLowerCase()})`, goal.followUpDecision, goal.closingNote].filter(Boolean).join('. ');
  }
  return goal.nextFollowUp ? `Næste opfølgning på målet ${date(goal.nextFollowUp)}` : 'Ingen opfølgningsdato sat';
}

export function StatusGoalBlock({ goal, label }: { goal: StatusGoal; label: string }) {
  return (
    <View style={{ marginBottom: 12, marginLeft: goal.parentId !== null ? 12 : 0 }}>
      <View wrap={false}>
        <SubTitle>
          {label}: {goal.text}
        </SubTitle>
        {goal.parentText ? <Paragraph muted>Delmål under: {goal.parentText}</Paragraph> : null}
        <KeyValues
          rows={[
            ['Tema (FFB)', goal.theme],
            ['Måltype', goal.goalType],
            ['Status', goal.status],
            ['Start', date(goal.startDate)],
            ['Ansvarlig', goal.responsible],
          ]}
        />
        <Text style={{ fontSize: 8, color: COLORS.muted }}>Borgerens perspektiv</Text>
        <Quote>{goal.citizenWords}</Quote>
      </View>
      {goal.actions.length ? (
        <View style={{ marginVertical: 3 }}>
          <Text style={{ fontSize: 8, color: COLORS.muted }}>Indsatser</Text>
          {goal.actions.map((action, index) => (
            <Text key={index}>
              • {action.title}
              {action.method ? ` (${action.method})` : ''} – {action.status.toLowerCase()}
            </Text>
          ))}
        </View>
      ) : null}
      <View wrap={false}>
        <KeyValues
          rows={[
            ['Funktionsevneniveau', fromTo(goal.startLevel, goal.currentLevel) ?? 'Ikke vurderet'],
            ['Støttebehov', fromTo(goal.startSupportNeed, goal.currentSupportNeed) ?? 'Ikke vurderet'],
            ['Bevægelse', goal.movement],
          ]}
        />
        {goal.points.length ? <ProgressionChart points={goal.points} /> : null}
      </View>
      {goal.evaluations.length ? (
        <Table
          columns={EVALUATION_COLUMNS}
          rows={goal.evaluations.map((evaluation) => [
            date(evaluation.date) + (evaluation.closing ? ' (afsl.)' : ''),
            evaluation.level ?? 'Ikke vurderet',
            evaluation.gas ?? '–',
            evaluation.supportNeed ?? 'Ikke vurderet',
            [evaluation.note, `(${evaluation.by})`].filter(Boolean).join(' '),
          ])}
        />
      ) : (
        <Empty>Ingen evalueringer i perioden</Empty>
      )}
      <Paragraph>
        <Text style={{ fontWeight: 'bold' }}>Næste skridt: </Text>
        {nextStep(goal)}
      </Paragraph>
    </View>
  );
}
