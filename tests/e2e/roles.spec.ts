// Least privilege as people meet it: a department head sees and creates only in their own
// residence, a staff member reads and logs contacts but cannot change or reveal anything, and a
// roster planner sees no care data at all. Users, residences and citizens are fresh on every run.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { randomCpr, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';
const PASSWORD = 'roller-e2e-adgang';

interface World {
  own: { id: number; name: string };
  other: { id: number; name: string };
  ownCitizen: { id: number; name: string };
  otherCitizen: { id: number; name: string };
  leader: string;
  staff: string;
}

let world: World;

async function signedIn(browser: Browser, username: string, password: string): Promise<{ page: Page; app: KerneApp }> {
  const page = await browser.newPage();
  const app = new KerneApp(page);
  await app.open();
  await app.login(username, password);
  await expect(page.getByRole('navigation')).toBeVisible();
  return { page, app };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // The administrator sets up two residences, a citizen in each, and two users for the first one.
  const { page, app } = await signedIn(browser, 'admin', 'korrekt-hest-batteri');
  const word = randomWord();
  const residence = (name: string) => app.call('residences.create', { name, street: null, postalCode: null, city: null, legalBasisCode: 'sel-108', targetGroup: null, places: 4, departmentHead: null, phone: null, email: null });
  const own = await residence(`Rolighed-${word}`);
  const other = await residence(`Fjernhuset-${word}`);
  const citizen = async (firstName: string, residenceId: number) => {
    const created = await app.call('citizens.create', {
      firstName,
      lastName: `Rolle-${word}`,
      cpr: randomCpr().cpr,
      stay: { residenceId, room: null, moveIn: '2025-01-01', moveOut: null },
    });
    return { id: created.id, name: `${firstName} Rolle-${word}` };
  };
  const ownCitizen = await citizen('Ida', own.id);
  const otherCitizen = await citizen('Otto', other.id);
  await app.call('relatives.create', { citizenId: ownCitizen.id, name: `Kirsten Rolle-${word}`, relation: 'mor', isClosest: true, preferredContact: 'telefon' });
  const leader = `leder.${word.toLowerCase()}.${Date.now()}`;
  const staff = `medarb.${word.toLowerCase()}.${Date.now()}`;
  await app.call('users.create', { username: leader, displayName: `Lone Leder ${word}`, role: 'afdelingsleder', password: PASSWORD, residenceIds: [own.id] });
  await app.call('users.create', { username: staff, displayName: `Mikkel Medarbejder ${word}`, role: 'medarbejder', password: PASSWORD, residenceIds: [own.id] });
  world = { own: { id: own.id, name: own.name }, other: { id: other.id, name: other.name }, ownCitizen, otherCitizen, leader, staff };
  await page.close();
});

test('an afdelingsleder sees and creates only in their own residence', async ({ browser }) => {
  const { page, app } = await signedIn(browser, world.leader, PASSWORD);

  // Botilbud: only their own residence.
  await app.openArea('Botilbud');
  const residences = page.getByRole('table').first();
  await expect(residences.getByRole('link', { name: world.own.name })).toBeVisible();
  await expect(residences.getByRole('link', { name: world.other.name })).toHaveCount(0);
  await expect(residences.getByRole('link', { name: 'Solsikken' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-leader-residences.png`, fullPage: true });

  // Borgere: their citizen is listed, the other residence's citizen is not, even when searched for.
  await app.openArea('Borgere');
  const list = page.getByRole('table', { name: 'Borgere' });
  await page.getByRole('searchbox', { name: 'Søg efter borger' }).fill(world.ownCitizen.name.split(' ')[1]!);
  await expect(list.getByRole('link', { name: world.ownCitizen.name })).toBeVisible();
  await expect(list.getByRole('link', { name: world.otherCitizen.name })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-leader-citizens.png`, fullPage: true });

  // Opening the other citizen's page directly says there is no access.
  await page.goto(`/#/borgere/${world.otherCitizen.id}`);
  await expect(page.getByText('Borgeren findes ikke, eller du har ikke adgang til den.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: world.otherCitizen.name })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-leader-no-access.png`, fullPage: true });

  // A new citizen can only move into their own residence: the other is not offered.
  await app.openArea('Borgere');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  const form = page.getByRole('dialog', { name: 'Ny borger' });
  const lastName = `Nyrolle-${randomWord()}`;
  const { cpr } = randomCpr();
  await form.getByLabel('Fornavn').fill('Asta');
  await form.getByLabel('Efternavn').fill(lastName);
  await form.getByLabel('CPR-nummer').fill(cpr);
  await form.locator('label', { hasText: /^Første ophold$/ }).click();
  await form.getByRole('combobox', { name: 'Botilbud' }).click();
  await expect(page.getByRole('option', { name: new RegExp(`^${world.own.name} \\(`) })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(`^${world.other.name}`) })).toHaveCount(0);
  await expect(page.getByRole('option', { name: /^Solsikken/ })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-leader-create-options.png` });
  await page.getByRole('option', { name: new RegExp(`^${world.own.name} \\(`) }).click();
  await form.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Asta ${lastName}` })).toBeVisible();
  await expect(page.getByTestId('citizen-meta')).toContainText(world.own.name);

  // Nor does the server take a citizen into the other residence behind the form's back.
  await expect(
    app.call('citizens.create', { firstName: 'Asta', lastName: `Anden-${randomWord()}`, cpr: randomCpr().cpr, stay: { residenceId: world.other.id, room: null, moveIn: '2025-01-01', moveOut: null } }),
  ).rejects.toThrow();
  await page.close();
});

test('a medarbejder reads their residence and logs a contact, but changes nothing', async ({ browser }) => {
  const { page, app } = await signedIn(browser, world.staff, PASSWORD);

  await app.openArea('Borgere');
  await expect(page.getByRole('button', { name: 'Opret borger' })).toHaveCount(0);
  const list = page.getByRole('table', { name: 'Borgere' });
  await page.getByRole('searchbox', { name: 'Søg efter borger' }).fill(world.ownCitizen.name.split(' ')[1]!);
  await expect(list.getByRole('link', { name: world.ownCitizen.name })).toBeVisible();
  await expect(list.getByRole('link', { name: world.otherCitizen.name })).toHaveCount(0);

  // The citizen page: masked CPR with no way to reveal it, and no buttons that change anything.
  await list.getByRole('link', { name: world.ownCitizen.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: world.ownCitizen.name })).toBeVisible();
  await expect(page.getByTestId('citizen-cpr')).toHaveText(/^\d{6}-xxxx$/);
  await expect(page.getByRole('button', { name: 'Vis CPR' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ret stamdata' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Registrér ophold' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ret opholdet/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Slet opholdet/ })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-staff-citizen.png`, fullPage: true });

  // Relatives: read only, but a phone call goes in the contact log.
  await app.openTab('Pårørende');
  await expect(page.getByRole('button', { name: 'Tilføj pårørende' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Registrér kontakt' }).click();
  const contact = page.getByRole('dialog', { name: 'Registrér kontakt med pårørende' });
  const summary = `Mor ringede om weekenden ${randomWord()}.`;
  await contact.getByLabel('Resumé').fill(summary);
  await contact.getByRole('button', { name: 'Gem' }).click();
  await expect(contact).toBeHidden();
  await expect(page.getByRole('table', { name: 'Kontaktlog' }).getByRole('row').filter({ hasText: summary })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/roles-staff-contact-log.png`, fullPage: true });

  // The other residence's citizen stays out of reach.
  await page.goto(`/#/borgere/${world.otherCitizen.id}`);
  await expect(page.getByText('Borgeren findes ikke, eller du har ikke adgang til den.')).toBeVisible();
  await page.close();
});

test('a vagtplanlægger sees no citizens and no log', async ({ browser }) => {
  const { page } = await signedIn(browser, 'vera.aagaard', 'demo-kerne-2026');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Vagtplan', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Borgere', exact: true })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Log', exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/roles-planner-menu.png`, fullPage: true });

  // Typing the addresses does not help either.
  for (const route of ['borgere', `borgere/${world.ownCitizen.id}`, 'log']) {
    await page.goto(`/#/${route}`);
    await expect(page.getByText('Ingen adgang', { exact: true })).toBeVisible();
    await expect(page.getByText(world.ownCitizen.name)).toHaveCount(0);
  }
  await page.screenshot({ path: `${SCREENS}/roles-planner-no-access.png`, fullPage: true });
  await page.close();
});
