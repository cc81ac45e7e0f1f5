// The demo's pædagogiske planer, built through the plans and goals services for the residents
// already built: the § 141 handleplan purpose from the acting municipality, goals on FFB conditions
// in professional and the citizen's own words, delmål, actions with methods, a year of evaluations
// moving forward, standing still or slipping back, goals closed this year, and follow-up and status
// meetings, with some follow-ups left overdue. Deterministic for one `random` and one day.
import type { Goal } from '../../contract/areas/plans';
import { FFB_THEMES } from '../../contract/ffb';
import { FIRST_FOLLOW_UP_MONTHS, STATUS_MEETING_MONTHS, type GoalOutcome } from '../../contract/plan-terms';
import type { Actor } from '../common/actor';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import { BASELINE_NOTE, CLOSING_NOTES, DEMO_GOALS, HANDLEPLAN_PURPOSES, HANDLEPLAN_SENDERS, MEETING_NOTES, PROGRESS_NOTES, type DemoGoalText } from './demo-plan-texts';
import { DIRECTION_CYCLE, scoreSeries, type DemoDirection } from './demo-plan-scores';
import { demoDays, fill, parsed, type DemoDays, type DemoResident, type DemoWriters } from './demo-plan-residents';
import type { Random } from './seeded-random';

/**
 * How much to build: every detail for Byen i Byen, or plenty but plain for a municipality-size
 * benchmark (evaluated about monthly, followed up quarterly, so deadlines are as many as in life).
 */
export interface DemoPlanProfile {
  /** Byen i Byen: previous status meetings, extra follow-up meetings, delmål. */
  detailed: boolean;
  goals: (random: Random) => number;
  subGoalChance: number;
  /** Days between evaluations. */
  cadences: readonly number[];
  /** Days from an evaluation to the goal's next follow-up, at random from..to; null: the next evaluation's day. */
  followUpDays: readonly [number, number] | null;
  /** Every n-th goal stops being evaluated, so its follow-up is overdue. */
  behindEvery: number;
  /** Every n-th resident who has lived here long enough gets a goal closed this year. */
  closedEvery: number;
  /** Every n-th resident due one is left without a status meeting in the last year. */
  statusOverdueEvery: number;
}

export const DETAILED_PLANS: DemoPlanProfile = { detailed: true, goals: (random) => random.int(1, 3), subGoalChance: 0.4, cadences: [30, 30, 45, 91], followUpDays: null, behindEvery: 8, closedEvery: 3, statusOverdueEvery: 7 };
export const BULK_PLANS: DemoPlanProfile = { detailed: false, goals: () => 2, subGoalChance: 0, cadences: [36], followUpDays: [36, 91], behindEvery: 9, closedEvery: 6, statusOverdueEvery: 12 };

/** A resident and who writes their plan. */
interface Writing extends DemoResident {
  actor: Actor;
}

/** An active goal a note may be linked to. */
export interface DemoGoalRef {
  id: number;
  themeCode: string;
  startDate: string;
  text: DemoGoalText;
}

export interface DemoPlansResult {
  plans: number;
  goals: number;
  evaluations: number;
  closed: number;
  meetings: number;
  /** Active goals per citizen, for the notes. */
  goalsByCitizen: Map<number, DemoGoalRef[]>;
}

/** A resident who moved in fewer days ago than this has no goals yet. */
const NO_GOALS_YET_DAYS = 30;
const OUTCOMES: readonly GoalOutcome[] = ['opnaaet', 'delvist-opnaaet', 'opnaaet', 'ikke-opnaaet'];
const OUTCOME_DIRECTION: Record<GoalOutcome, DemoDirection> = { opnaaet: 'frem', 'delvist-opnaaet': 'frem', 'ikke-opnaaet': 'uaendret', afsluttet: 'uaendret' };

/** `items` in a random order (Fisher–Yates). */
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** The stored FFB code of a theme, or of one of its conditions; throws on a label not in the catalog. */
export function ffbCodeOf(theme: string, condition: string | null): { code: string; themeCode: string } {
  const found = FFB_THEMES.find((item) => item.label === theme);
  const code = condition === null ? found?.code : found?.conditions.find((item) => item.label === condition)?.code;
  if (!found || !code) throw new Error(`FFB term not in the catalog: ${theme}${condition ? `: ${condition}` : ''}`);
  return { code, themeCode: found.code };
}

export function addDemoPlans(services: Services, writers: DemoWriters, random: Random, residents: readonly DemoResident[], profile: DemoPlanProfile): DemoPlansResult {
  const days: DemoDays = demoDays(danishDate(services.clock.now()), random);
  const result: DemoPlansResult = { plans: 0, goals: 0, evaluations: 0, closed: 0, meetings: 0, goalsByCitizen: new Map() };
  let goalTurn = 0;
  let closedTurn = 0;
  let firstOverdueLeft = 1;
  let statusTurn = 0;

  residents.forEach((resident, index) => {
    const who: Writing = { ...resident, actor: writers.plans(resident.residenceId) };
    addHandleplan(who);
    addMeetings(who);

    // Distinct themes per citizen: the active goals, and maybe one closed this year. Someone who
    // moved in within the month has the municipality's purpose but no goals yet: they are set together.
    const texts = shuffled(random, DEMO_GOALS).slice(0, 4);
    const settled = days.between(resident.moveIn, days.today) >= NO_GOALS_YET_DAYS;
    const active = texts.slice(0, settled ? profile.goals(random) : 0);
    const refs: DemoGoalRef[] = [];
    for (const text of active) refs.push(addGoal(who, text));
    result.goalsByCitizen.set(resident.citizenId, refs);
    const canClose = days.between(resident.moveIn, days.today) > 150;
    if (canClose && index % profile.closedEvery === 0) addClosedGoal(who, texts[3]!);
    result.plans++;
  });
  return result;

  function addHandleplan(who: Writing) {
    const sender = random.pick(HANDLEPLAN_SENDERS);
    services.plans.updateHandleplan(
      who.actor,
      parsed('plans.updateHandleplan', {
        citizenId: who.citizenId,
        purpose: fill(random.pick(HANDLEPLAN_PURPOSES), who),
        date: days.later(who.moveIn, days.day(-random.int(20, 700))),
        receivedFrom: `${who.municipality ?? 'Aarhus'} Kommune, ${sender}`,
        version: 0,
      }),
    );
  }

  function meeting(who: Writing, date: string, kind: 'foerste-opfoelgning' | 'statusmoede' | 'opfoelgning') {
    services.plans.addMeeting(who.actor, parsed('plans.addMeeting', { citizenId: who.citizenId, date, kind, decision: 'fortsaet', note: fill(MEETING_NOTES[kind], who) }));
    result.meetings++;
  }

  /**
   * First follow-up within 3 months (one citizen, moved in within the year, has had no meeting at
   * all: overdue), a status meeting within the year (some overdue).
   */
  function addMeetings(who: Writing) {
    const firstDue = days.addMonths(who.moveIn, FIRST_FOLLOW_UP_MONTHS);
    if (firstDue < days.today) {
      if (firstOverdueLeft > 0 && who.moveIn >= days.day(-330)) {
        firstOverdueLeft--;
        return;
      }
      meeting(who, days.day(random.int(40, 85), who.moveIn), 'foerste-opfoelgning');
    }
    const statusDue = days.addMonths(who.moveIn, STATUS_MEETING_MONTHS);
    if (statusDue <= days.today) {
      const earliest = days.day(100, who.moveIn);
      const overdue = statusTurn++ % profile.statusOverdueEvery === 2 && earliest <= days.day(-440);
      const date = overdue ? days.day(-random.int(380, 440)) : days.later(earliest, days.day(-random.int(10, 320)));
      if (date <= days.today) {
        const previous = days.day(-365, date);
        if (profile.detailed && previous >= earliest) meeting(who, previous, 'statusmoede');
        meeting(who, date, 'statusmoede');
      }
    }
    if (profile.detailed && random.next() < 0.2 && days.between(who.moveIn, days.today) > 60) meeting(who, days.day(-random.int(20, 60)), 'opfoelgning');
  }

  /** Evaluation days from `start` every `cadence` days up to `until`. */
  function evaluationDays(start: string, cadence: number, until: string): string[] {
    const dates: string[] = [];
    for (let date = start; date <= until; date = days.day(cadence, date)) dates.push(date);
    return dates;
  }

  /** Scores for `count` evaluations in one direction: funktionsevneniveau and GAS, or GAS only (ikke vurderet). */
  function scores(direction: DemoDirection, count: number, withLevel: boolean) {
    const levels = withLevel ? scoreSeries(random, direction, 'level', count) : null;
    const gas = !withLevel || random.next() < 0.6 ? scoreSeries(random, direction, 'gas', count) : null;
    const offset = random.int(-1, 0);
    return Array.from({ length: count }, (_, at) => ({
      functionLevel: levels?.[at] ?? null,
      gas: gas?.[at] ?? null,
      supportNeed: levels ? Math.min(4, Math.max(0, levels[at]! + offset)) : null,
    }));
  }

  function evaluate(who: Writing, goal: Goal, dates: readonly string[], series: ReturnType<typeof scores>, direction: DemoDirection, cadence: number, text: DemoGoalText): Goal {
    let latest = goal;
    dates.forEach((date, at) => {
      const note = at === 0 ? BASELINE_NOTE : at === dates.length - 1 ? text.notes[direction] : random.pick(PROGRESS_NOTES[direction]);
      const nextFollowUp = days.day(profile.followUpDays ? random.int(...profile.followUpDays) : cadence, date);
      latest = services.goals.addEvaluation(who.actor, parsed('goals.addEvaluation', { goalId: goal.id, date, ...series[at]!, note: fill(note, who), nextFollowUp }));
      result.evaluations++;
    });
    return latest;
  }

  function createGoal(who: Writing, text: DemoGoalText, start: string, cadence: number, parentId: number | null, words = text.words, professional = text.professional): Goal {
    const { code } = ffbCodeOf(text.theme, text.condition);
    result.goals++;
    return services.goals.create(
      who.actor,
      parsed('goals.create', {
        citizenId: who.citizenId,
        parentId,
        ffbCode: code,
        qualityTheme: text.qualityTheme,
        professionalText: fill(professional, who),
        citizenWords: fill(words, who),
        goalType: text.goalType,
        startDate: start,
        nextFollowUp: days.day(cadence, start),
        responsibleStaffId: who.contactStaffId,
      }),
    );
  }

  /** An active goal: started up to 14 months ago (not before move-in), evaluated since, some behind on follow-up. */
  function addGoal(who: Writing, text: DemoGoalText): DemoGoalRef {
    const start = days.earlier(days.today, days.later(days.day(random.int(7, 30), who.moveIn), days.day(-random.int(300, 420))));
    const cadence = random.pick(profile.cadences);
    const direction = DIRECTION_CYCLE[goalTurn % DIRECTION_CYCLE.length]!;
    const behind = goalTurn++ % profile.behindEvery === 4;
    const lastDay = behind ? days.day(-(profile.followUpDays?.[1] ?? cadence) - random.int(5, 40)) : days.today;
    const goal = createGoal(who, text, start, cadence, null);
    for (const action of text.actions) services.goals.addAction(who.actor, parsed('goals.addAction', { goalId: goal.id, title: action.title, method: action.method, status: 'igang' }));
    const dates = evaluationDays(start, cadence, lastDay >= start ? lastDay : days.today);
    evaluate(who, goal, dates, scores(direction, dates.length, random.next() < 0.8), direction, cadence, text);

    const subStart = days.day(30, start);
    if (text.subGoal && subStart <= days.today && random.next() < profile.subGoalChance) {
      const sub = createGoal(who, text, subStart, cadence * 2, goal.id, text.subGoal.words, text.subGoal.professional);
      const subDates = evaluationDays(subStart, cadence * 2, days.today);
      evaluate(who, sub, subDates, scores(direction, subDates.length, false), direction, cadence * 2, text);
    }
    return { id: goal.id, themeCode: goal.themeCode, startDate: start, text };
  }

  /** A goal evaluated for most of a year and closed this year: opnået, delvist opnået or ikke opnået. */
  function addClosedGoal(who: Writing, text: DemoGoalText) {
    const start = days.later(days.day(random.int(7, 30), who.moveIn), days.day(-random.int(330, 480)));
    const closedDate = days.pick(days.later(days.yearStart, days.day(90, start)), days.today);
    if (closedDate > days.today || closedDate < start) return;
    const outcome = OUTCOMES[closedTurn++ % OUTCOMES.length]!;
    const direction = OUTCOME_DIRECTION[outcome];
    const cadence = random.pick(profile.cadences);
    const goal = createGoal(who, text, start, cadence, null);
    for (const action of text.actions.slice(0, 1)) services.goals.addAction(who.actor, parsed('goals.addAction', { goalId: goal.id, title: action.title, method: action.method, status: 'afsluttet' }));
    const dates = evaluationDays(start, cadence, days.day(-1, closedDate));
    const series = scores(direction, dates.length + 1, true);
    const evaluated = evaluate(who, goal, dates, series, direction, cadence, text);
    services.goals.close(
      who.actor,
      parsed('goals.close', {
        id: goal.id,
        version: evaluated.version,
        outcome,
        closedDate,
        note: fill(CLOSING_NOTES[outcome], who),
        decision: outcome === 'opnaaet' ? 'afslut' : outcome === 'ikke-opnaaet' ? 'afslut-visiter' : 'fortsaet',
        ...series.at(-1)!,
      }),
    );
    result.closed++;
  }
}
