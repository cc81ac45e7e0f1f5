// Corrections on a citizen: the full CPR only on request (and logged), stamdata, a revoked consent
// that stops what a relative may be told, a contact in the log, and a mistaken stay deleted.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomCpr, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';

test('corrections: full CPR on request, stamdata, a revoked consent, a contact, a mistaken stay', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await app.openArea('Botilbud');
  const before = await app.residenceOccupancy();
  const target = before.find((row) => (row.free ?? 0) > 0)!;

  // Given a citizen living there, with a father who may hear about everyday life.
  const today = danishToday();
  const { cpr } = randomCpr();
  const lastName = `Lindqvist-${randomWord()}`;
  const citizen = await app.call('citizens.create', {
    firstName: 'Bo',
    lastName,
    cpr,
    stay: { residenceId: Number(target.id), room: null, moveIn: today, moveOut: null },
  });
  const father = await app.call('relatives.create', { citizenId: citizen.id, name: 'Per Lindqvist', relation: 'far', isClosest: true, preferredContact: 'telefon' });
  await app.call('consents.create', {
    citizenId: citizen.id,
    subjects: ['hverdag'],
    recipientType: 'paaroerende',
    relativeId: father.id,
    recipientName: null,
    givenDate: today,
    givenBy: 'borger',
    expiresDate: null,
    note: null,
  });
  await page.goto(`/#/borgere/${citizen.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Bo ${lastName}` })).toBeVisible();

  // The full CPR number only on request, and the page says the viewing is logged.
  await page.getByRole('button', { name: 'Vis CPR' }).click();
  await expect(page.getByTestId('citizen-cpr')).toHaveText(cpr);
  await expect(page.getByRole('status').filter({ hasText: 'Visningen er logget' })).toBeVisible();
  await page.getByRole('button', { name: 'Skjul CPR' }).click();
  await expect(page.getByTestId('citizen-cpr')).toHaveText(`${cpr.slice(0, 6)}-xxxx`);

  // Stamdata: how to talk with him.
  await page.getByRole('button', { name: 'Ret stamdata' }).click();
  const edit = page.getByRole('dialog', { name: 'Ret stamdata' });
  // The full CPR is not fetched to edit other fields: the field is empty, with the masked number as a hint.
  await expect(edit.getByLabel('CPR-nummer')).toHaveValue('');
  await expect(edit.getByLabel('CPR-nummer')).toHaveAttribute('placeholder', `${cpr.slice(0, 6)}-xxxx`);
  await edit.getByLabel('Kommunikation').fill('Korte beskeder, gerne skriftligt.');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Korte beskeder, gerne skriftligt.')).toBeVisible();

  // The consent is revoked: the father may no longer be told anything.
  await app.openTab('Samtykke');
  await page.getByRole('button', { name: 'Tilbagekald samtykket til Per Lindqvist' }).click();
  const revoke = page.getByRole('dialog', { name: 'Tilbagekald samtykke' });
  await revoke.getByLabel('Begrundelse').fill('Bo ønsker ikke, at der deles mere.');
  await revoke.getByRole('button', { name: 'Tilbagekald samtykke' }).click();
  await expect(revoke).toBeHidden();
  await expect(page.getByRole('table', { name: 'Samtykker' }).getByRole('row').filter({ hasText: 'Per Lindqvist' })).toContainText('Tilbagekaldt');
  await app.openTab('Pårørende');
  await expect(page.getByRole('article', { name: 'Per Lindqvist' }).getByTestId('may-be-told')).toContainText('Intet aktivt samtykke');

  // A phone call goes in the contact log.
  await page.getByRole('button', { name: 'Registrér kontakt' }).click();
  const contact = page.getByRole('dialog', { name: 'Registrér kontakt med pårørende' });
  await contact.getByLabel('Resumé').fill('Per ringede; fortalt at Bo selv vil fortælle om hverdagen.');
  await contact.getByRole('button', { name: 'Gem' }).click();
  await expect(contact).toBeHidden();
  await expect(page.getByRole('table', { name: 'Kontaktlog' }).getByRole('row').filter({ hasText: 'Per ringede' })).toContainText('Per Lindqvist');
  await page.screenshot({ path: `${SCREENS}/citizens-corrections-relatives.png`, fullPage: true });

  // The stay was a mistake: deleting it (after a confirmation) frees the place again.
  await app.openTab('Stamdata og ophold');
  await page.getByRole('button', { name: `Slet opholdet på ${target.name}` }).click();
  await page.getByRole('dialog', { name: 'Slet opholdet?' }).getByRole('button', { name: 'Slet ophold' }).click();
  await expect(page.getByText('Ingen ophold registreret.')).toBeVisible();
  await expect(page.getByTestId('citizen-meta')).toContainText('Uden ophold');
  await app.openArea('Botilbud');
  const after = await app.residenceOccupancy();
  expect(after.find((row) => row.id === target.id)?.occupied).toBe(target.occupied);
});
