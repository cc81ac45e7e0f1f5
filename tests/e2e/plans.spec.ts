// A goal's life on the citizen's "Plan og mål" tab: set with the citizen's own words, refused an
// evaluation dated before it started (the Danish error on the date field), evaluated three times
// while the chart moves (points 1 → 2 → 3, movement Uændret → Fremgang), closed as reached, then
// read in Historik and counted on the dashboard's "goals reached this year". Then the plan around
// the goals: the § 141 purpose, a sub-goal on its goal's theme, an action, a meeting.
import { expect, test } from '@playwright/test';
import { FFB_THEMES } from '../../src/contract/ffb';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomCpr, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';

/** An ISO date `days` away from `iso` (negative: before). */
function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const danish = (iso: string) => iso.split('-').reverse().join('-');

test('a goal in the citizen\'s words: evaluated three times, the chart moves, closed, in Historik and on the dashboard', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  const reachedBefore = await app.figure('stat-goals-reached');

  // Given a citizen who moved in today where there is room.
  await app.openArea('Botilbud');
  const residence = (await app.residenceOccupancy()).find((row) => (row.free ?? 0) > 0)!;
  const today = danishToday();
  const start = shift(today, -90);
  const lastName = `Holm-${randomWord()}`;
  const citizen = await app.call('citizens.create', {
    firstName: 'Sofie',
    lastName,
    cpr: randomCpr().cpr,
    stay: { residenceId: Number(residence.id), room: null, moveIn: today, moveOut: null },
  });
  await page.goto(`/#/borgere/${citizen.id}/plan`);
  await expect(page.getByRole('tab', { name: 'Plan og mål', selected: true })).toBeVisible();
  await expect(page.getByText('Ingen aktive mål.')).toBeVisible();

  // A goal on sleep, with the citizen's own words, started three months ago.
  await page.getByRole('button', { name: 'Nyt mål' }).click();
  const drawer = page.getByRole('dialog', { name: 'Nyt mål' });
  const theme = drawer.getByRole('combobox', { name: 'FFB-tema' });
  await theme.fill('Søvn');
  await page.getByRole('option', { name: 'Sundhedsforhold: Søvn' }).click();
  await drawer.getByLabel('Borgerens egne ord').fill('Jeg vil gerne kunne sove en hel nat uden at vågne.');
  await drawer.getByLabel('Målet (fagligt)').fill('Sofie får en stabil døgnrytme med sengetid senest kl. 23.');
  await drawer.getByText('Udvikle', { exact: true }).click();
  await app.pickDate(drawer, 'Startdato', start);
  await drawer.getByRole('button', { name: 'Gem' }).click();
  await expect(drawer).toBeHidden();

  const card = page.getByRole('article', { name: 'Sofie får en stabil døgnrytme med sengetid senest kl. 23.' });
  await expect(card).toContainText('Sundhedsforhold: Søvn');
  await expect(card.getByText('“Jeg vil gerne kunne sove en hel nat uden at vågne.”')).toBeVisible();
  await expect(card).toContainText(danish(start));
  const goalId = ((await card.getAttribute('data-testid')) ?? '').replace('goal-', '');
  const chart = page.getByTestId(`goal-chart-${goalId}`);
  const movement = page.getByTestId(`goal-movement-${goalId}`);
  await expect(chart).toHaveAttribute('data-points', '0');

  // An evaluation dated before the goal started is refused on the date field, in Danish.
  const evaluate = async (date: string, level: RegExp, note: string, expectSaved = true) => {
    await card.getByRole('button', { name: /^Evaluér målet/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluér mål' });
    await app.pickDate(dialog, 'Dato', date);
    await app.choose(dialog, 'Funktionsevneniveau', level);
    await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Gem' }).click();
    if (expectSaved) await expect(dialog).toBeHidden();
    return dialog;
  };
  const refused = await evaluate(shift(start, -1), /^3 · Svært/, 'For tidligt', false);
  await expect(refused.getByText(`Dato kan ikke ligge før målets startdato (${danish(start)})`)).toBeVisible();
  await expect(refused.getByRole('button', { name: 'Dato', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SCREENS}/plans-evaluation-before-start.png` });
  await refused.getByRole('button', { name: 'Annuller' }).click();
  await expect(refused).toBeHidden();
  await expect(chart).toHaveAttribute('data-points', '0');

  // Three evaluations: the chart gains a point each time and the movement follows.
  await evaluate(shift(start, 30), /^3 · Svært/, 'Vågner flere gange hver nat.');
  await expect(chart).toHaveAttribute('data-points', '1');
  await expect(movement).toHaveText('For få evalueringer');

  await evaluate(shift(start, 60), /^3 · Svært/, 'Stadig uroligt, men i seng kl. 23 de fleste aftener.');
  await expect(chart).toHaveAttribute('data-points', '2');
  await expect(movement).toHaveText('Uændret');

  await evaluate(today, /^1 · Let/, 'Sover igennem de fleste nætter.');
  await expect(chart).toHaveAttribute('data-points', '3');
  await expect(movement).toHaveText('Fremgang');
  await expect(page.getByTestId(`goal-start-now-${goalId}`)).toContainText('Funktionsevne 3 → 1');
  await expect(page.getByTestId(`progression-row-${goalId}`)).toContainText('Fremgang');
  await card.screenshot({ path: `${SCREENS}/plans-goal-three-evaluations.png` });

  // Closed as reached: the goal leaves the active list and is read in Historik.
  await card.getByRole('button', { name: /^Afslut målet/ }).click();
  const closing = page.getByRole('dialog', { name: 'Afslut mål' });
  await closing.getByLabel('Opnået', { exact: true }).check();
  await closing.getByLabel('Afsluttende evaluering').fill('Sofie sover nu igennem og har selv fundet sin aftenrutine.');
  await closing.getByRole('button', { name: 'Afslut mål' }).click();
  await expect(closing).toBeHidden();
  await expect(page.getByTestId(`goal-${goalId}`)).toBeHidden();
  await expect(page.getByText('Ingen aktive mål.')).toBeVisible();
  const history = page.getByTestId('goal-history');
  const closed = history.getByRole('article', { name: 'Sofie får en stabil døgnrytme med sengetid senest kl. 23.' });
  await expect(closed).toContainText('Opnået');
  await expect(closed).toContainText(`Afsluttet ${danish(today)}`);
  await expect(closed).toContainText('Sofie sover nu igennem og har selv fundet sin aftenrutine.');
  await expect(closed).toContainText('“Jeg vil gerne kunne sove en hel nat uden at vågne.”');
  await expect(closed.getByTestId(`goal-chart-${goalId}`)).toHaveAttribute('data-points', '3');
  await expect(closed.getByRole('button', { name: /^Evaluér/ })).toHaveCount(0);
  await history.screenshot({ path: `${SCREENS}/plans-history.png` });

  // The dashboard counts one more goal reached this year.
  await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await expect.poll(() => app.figure('stat-goals-reached')).toBe(reachedBefore + 1);
});

test('the plan around the goals: the § 141 purpose, a sub-goal on its goal\'s theme, an action, a meeting', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await app.openArea('Botilbud');
  const residence = (await app.residenceOccupancy()).find((row) => (row.free ?? 0) > 0)!;
  const today = danishToday();
  const citizen = await app.call('citizens.create', {
    firstName: 'Malik',
    lastName: `Berg-${randomWord()}`,
    cpr: randomCpr().cpr,
    stay: { residenceId: Number(residence.id), room: null, moveIn: today, moveOut: null },
  });
  const relations = FFB_THEMES.find((theme) => theme.label === 'Relationer')!;
  await app.call('goals.create', {
    citizenId: citizen.id,
    parentId: null,
    ffbCode: relations.code,
    qualityTheme: 'selvstaendighed-relationer',
    professionalText: 'Malik deltager i et fællesskab uden for botilbuddet.',
    citizenWords: 'Jeg vil gerne have nogen at spille fodbold med.',
    goalType: 'udvikle',
    startDate: today,
    nextFollowUp: shift(today, 90),
    responsibleStaffId: null,
  });
  await page.goto(`/#/borgere/${citizen.id}/plan`);

  // The municipality's purpose.
  await page.getByRole('button', { name: 'Registrér handleplan' }).click();
  const handleplan = page.getByRole('dialog', { name: 'Handleplan (§ 141)' });
  await handleplan.getByLabel('Formål').fill('At Malik får et netværk og en meningsfuld hverdag.');
  await handleplan.getByLabel('Modtaget fra').fill('Aarhus Kommune');
  await handleplan.getByRole('button', { name: 'Gem' }).click();
  await expect(handleplan).toBeHidden();
  await expect(page.getByTestId('handleplan-purpose')).toHaveText('At Malik får et netværk og en meningsfuld hverdag.');
  await expect(page.getByTestId('handleplan')).toContainText('Modtaget fra Aarhus Kommune');

  // A sub-goal starts on its goal's theme and shows under it.
  const goal = page.getByRole('article', { name: 'Malik deltager i et fællesskab uden for botilbuddet.' });
  await goal.getByRole('button', { name: /^Tilføj delmål til/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Nyt delmål' });
  await expect(drawer.getByRole('combobox', { name: 'FFB-tema' })).toHaveValue('Relationer');
  await drawer.getByLabel('Borgerens egne ord').fill('Jeg tør godt prøve træningen én gang.');
  await drawer.getByLabel('Målet (fagligt)').fill('Malik prøver en træning i den lokale klub.');
  await drawer.getByRole('button', { name: 'Gem' }).click();
  await expect(drawer).toBeHidden();
  const subGoal = goal.getByRole('article', { name: 'Malik prøver en træning i den lokale klub.' });
  await expect(subGoal).toContainText('Delmål');
  await expect(subGoal).toContainText('“Jeg tør godt prøve træningen én gang.”');

  // An action with a method, then under way.
  await goal.getByRole('button', { name: /^Tilføj indsats til Malik deltager/ }).click();
  const action = page.getByRole('dialog', { name: 'Ny indsats' });
  await action.getByLabel('Indsats').fill('Følges til første træning');
  await action.getByLabel('Metode').fill('Recovery');
  await action.getByRole('button', { name: 'Gem' }).click();
  await expect(action).toBeHidden();
  const actions = page.getByTestId(`goal-actions-${((await goal.getAttribute('data-testid')) ?? '').replace('goal-', '')}`);
  await expect(actions).toContainText('Følges til første træning');
  await expect(actions).toContainText('Planlagt');
  await actions.getByRole('button', { name: 'Ret indsatsen Følges til første træning' }).click();
  const editAction = page.getByRole('dialog', { name: 'Ret indsats' });
  await app.choose(editAction, 'Status', 'I gang');
  await editAction.getByRole('button', { name: 'Gem' }).click();
  await expect(editAction).toBeHidden();
  await expect(actions).toContainText('I gang');

  // The first follow-up meeting is registered.
  await page.getByRole('button', { name: 'Registrér møde' }).click();
  const meeting = page.getByRole('dialog', { name: 'Registrér møde' });
  await app.choose(meeting, 'Mødetype', 'Første opfølgning');
  await app.choose(meeting, 'Afgørelse', 'Fortsæt indsatsen');
  await meeting.getByLabel('Referat').fill('Malik er faldet godt til.');
  await meeting.getByRole('button', { name: 'Gem' }).click();
  await expect(meeting).toBeHidden();
  await expect(page.getByRole('table', { name: 'Møder' }).getByRole('row').filter({ hasText: 'Malik er faldet godt til.' })).toContainText('Første opfølgning');
  await page.screenshot({ path: `${SCREENS}/plans-around-the-goals.png`, fullPage: true });
});
