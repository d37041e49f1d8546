// A job fair: the facilitator opens a positioning session; a candidate takes it on a phone-sized browser without an
// account (consent, first name, image-led items, result), closing the tab half-way; the facilitator reads the result.
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_NETWORK, DEMO_ORGANISATION, DEMO_PASSWORD } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';
import { chooseLanguage } from '../pages/AppShell';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
const TRADES = ['Isolation', 'Menuiserie', 'Plomberie et chauffage', 'Électricité', 'Ventilation', 'Couverture', 'Maçonnerie', 'Peinture et finitions'];

/** Taps one answer and waits for the next question to be shown. */
async function answer(page: Page, name: string, next: number) {
  await page.getByRole('button', { name, exact: true }).tap();
  await expect(page.getByRole('heading', { name: `Question ${next} sur 18` })).toBeVisible();
}

async function order(page: Page, steps: string[], next: number | null) {
  for (const step of steps) await page.getByRole('button', { name: step }).tap();
  await page.getByRole('button', { name: 'Valider' }).tap();
  if (next) await expect(page.getByRole('heading', { name: `Question ${next} sur 18` })).toBeVisible();
}

test('a candidate completes positioning on a phone and the facilitator sees the result', async ({ page, browser }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('facilitator');
  const section = shell.main.getByRole('region', { name: 'Positionnement des candidats' });
  await expect(section.getByRole('link', { name: 'Forum emploi Lyon Est' })).toBeVisible();
  await section.getByRole('button', { name: 'Nouvelle session' }).tap();
  await section.getByLabel('Nom de la session').fill('Atelier Vaulx-en-Velin');
  await section.getByRole('button', { name: 'Créer la session' }).tap();
  await expect(shell.heading).toHaveText('Atelier Vaulx-en-Velin');
  const code = (await shell.main.locator('.positioning-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(shell.main.getByRole('img', { name: `QR code de la session ${code}` })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'positioning-session-new');

  const phoneContext = await browser.newContext({ ...PHONE, baseURL: process.env.FIT_E2E_BASE_URL });
  const phone = await phoneContext.newPage();
  await phone.goto('/p');
  await phone.getByLabel('Code de la session').fill(code.toLowerCase().replace('-', ''));
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-code');
  await phone.getByRole('button', { name: 'Continuer' }).tap();
  await expect(phone.getByRole('heading', { name: 'Avant de commencer' })).toBeVisible();
  await expect(phone.getByText(`Qui voit vos résultats : vous, et le conseiller de ${DEMO_NETWORK}.`)).toBeVisible();
  await expect(phone.getByText('Vos réponses sont effacées au bout de 12 mois.')).toBeVisible();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-consent');
  await phone.getByRole('button', { name: 'J’ai compris, je suis d’accord' }).tap();
  await phone.getByRole('button', { name: 'Commencer' }).tap();
  await expect(phone.getByText('Écrivez un prénom ou un pseudo.')).toBeVisible();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-name-missing');
  await phone.getByLabel('Prénom ou pseudo').fill('Karim');
  await phone.getByRole('button', { name: 'Commencer' }).tap();

  await expect(phone.getByRole('heading', { name: 'Question 1 sur 18' })).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Isolation' })).toBeVisible();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-trade');
  await answer(phone, 'Oui, beaucoup', 2);
  for (let i = 1; i < 4; i++) {
    await expect(phone.getByRole('heading', { name: TRADES[i] })).toBeVisible();
    await answer(phone, 'Non, pas du tout', i + 2);
  }
  // The tab is closed and opened again: the same phone comes back to question 5.
  await phone.reload();
  await expect(phone.getByRole('heading', { name: 'Question 5 sur 18' })).toBeVisible();
  for (let i = 4; i < 8; i++) await answer(phone, 'Non, pas du tout', i + 2);

  await expect(phone.getByText('Sur ce plan, quelle est la largeur de la fenêtre ?')).toBeVisible();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-plan');
  await answer(phone, '120 cm', 10);
  await answer(phone, '360 cm', 11);
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-tape');
  await answer(phone, '47 cm', 12);
  await answer(phone, '125 cm', 13);
  await expect(phone.getByText('Poser un panneau isolant : dans quel ordre ?')).toBeVisible();
  await phone.getByRole('button', { name: 'Mesurer le mur' }).tap();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-order');
  await order(phone, ['Couper le panneau', 'Fixer le panneau', 'Mettre la bande sur les joints'], 14);
  await order(phone, ['Poncer le mur', 'Mettre la sous-couche', 'Peindre'], 15);
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-safety');
  await answer(phone, 'Échelle sur des briques', 16);
  await answer(phone, 'Fils nus qui sortent du mur', 17);
  await answer(phone, '12 m²', 18);
  await phone.getByRole('button', { name: 'Panneaux : 4', exact: true }).tap();

  await expect(phone.getByRole('heading', { name: 'Bravo Karim, c’est fini !' })).toBeVisible();
  const fits = phone.locator('.positioning-fits');
  await expect(fits.getByText('Isolation')).toBeVisible();
  const link = (await phone.locator('.positioning-link').textContent())!.trim();
  expect(link).toMatch(/\/p\/r\/[\w-]{40,}$/);
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-result');
  // The private link opens the result again, from any browser.
  await phone.goto(link);
  await expect(phone.getByRole('heading', { name: 'Bravo Karim, c’est fini !' })).toBeVisible();
  await phoneContext.close();

  await page.reload();
  const karim = shell.main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karim' }) });
  await expect(karim.getByText('Terminé · 18 réponses sur 18')).toBeVisible();
  await expect(karim.locator('.positioning-fits').getByText('Isolation')).toBeVisible();
  await expect(karim.getByText(/^ULO-INS-02 · /)).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'positioning-session-result');

  // Karim agrees to meet a company: the facilitator hands him over to the demo company's crew.
  await karim.getByLabel('Entreprise', { exact: true }).selectOption({ label: DEMO_ORGANISATION });
  await karim.getByText('Karim est d’accord pour être présenté(e) à cette entreprise.').tap();
  await karim.getByRole('button', { name: 'Confier à l’équipe de l’entreprise' }).tap();
  await expect(karim.getByText('Confié à une entreprise.')).toBeVisible();

  // The company's trainer finds him from the home, in words, and assigns the suggested path in one action.
  await shell.signOut.tap();
  await new LoginPage(page).signInAs('trainer');
  await shell.main.getByRole('link', { name: 'Candidats confiés' }).tap();
  await expect(shell.heading).toHaveText('Candidats confiés par le positionnement');
  const recruit = shell.main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karim' }) });
  await expect(recruit.getByText(`Confié par ${DEMO_NETWORK} · accord du candidat le`)).toBeVisible();
  await expect(recruit.getByText('Isolation', { exact: true })).toBeVisible();
  const ulos = recruit.getByRole('list', { name: 'Acquis de départ' }).getByRole('listitem');
  await expect(ulos).not.toHaveCount(0);
  await expect(ulos.filter({ hasText: /ULO-/ })).toHaveCount(0);
  const modules = recruit.getByRole('list', { name: 'Vos modules pour ce parcours' }).getByRole('listitem');
  const count = await modules.count();
  expect(count).toBeGreaterThan(0);
  await checkScreen(page);
  await screenshot(page, 'positioning-handover-company');
  await recruit.getByRole('button', { name: count === 1 ? 'Assigner le module à Karim' : `Assigner les ${count} modules à Karim` }).tap();
  await expect(recruit.getByText('Parcours assigné.')).toBeVisible();
  await expect(modules.filter({ hasText: '(déjà assigné)' })).toHaveCount(count);
  await checkScreen(page);
  await screenshot(page, 'positioning-handover-assigned');
});

test('a company nobody handed a candidate over to reads an empty list', async ({ page }) => {
  const shell = new AppShell(page);
  const login = new LoginPage(page);
  await login.open();
  await login.signIn('menuiserie@fit.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  await shell.main.getByRole('link', { name: 'Candidats confiés' }).tap();
  await expect(shell.heading).toHaveText('Candidats confiés par le positionnement');
  await expect(shell.main.getByText('Aucun candidat confié pour l’instant.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'positioning-handover-empty');
});

test('a candidate reads the demo session in Arabic, right to left, on a phone', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, baseURL: process.env.FIT_E2E_BASE_URL });
  // A phone with no speech voice at all: the read-aloud notice must name the phone, in the candidate's language.
  await context.addInitScript(() => Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] }));
  const phone = await context.newPage();
  await phone.goto('/p/FRMX-EST7');
  await expect(phone.getByText('Ce téléphone n’a pas de voix pour cette langue (Français) : lisez le texte à l’écran.')).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Avant de commencer' })).toBeVisible();
  await chooseLanguage(phone, 'العربية');
  await expect(phone.getByRole('heading', { name: 'قبل أن تبدأ' })).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await phone.getByRole('button', { name: 'فهمت وأوافق' }).tap();
  await phone.getByLabel('الاسم الأول أو اسم مستعار').fill('ليلى');
  await phone.getByRole('button', { name: 'ابدأ' }).tap();
  await expect(phone.getByRole('heading', { name: 'العزل' })).toBeVisible();
  await expect(phone.getByText('لا يوجد صوت لهذه اللغة (العربية) على هذا الهاتف: اقرأ النص على الشاشة.')).toBeVisible();
  await checkScreen(phone);
  await screenshot(phone, 'positioning-phone-arabic');
  await context.close();
});
