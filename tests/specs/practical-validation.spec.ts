// Records that are proof, end to end: a module with a practical step counts toward its skills only once a trainer has
// validated the work on site. The worker finishes it on the tablet, the passport says "awaiting validation on site", the
// trainer sees the ticked checklist and validates, and the passport then shows the skill held, with the award's
// evidence chain (module version, attempts, who validated, where, when).
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, pageSession, postPracticalCompletion, staffToken } from '../support/api';
import { playToTheEnd, windowModuleAnswers } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const WORKER = 'Lucas Petit'; // no spec before this one touches his airtightness work
const WINDOWS = 'Étanchéité à l’air autour des fenêtres';
const LABELS = 'Lire les étiquettes : λ, R et U';

type Version = { id: string; title: { text: string }; content: { steps: { id: string; kind: string; checklist?: { id: string }[] }[] } };

async function publishedVersion(request: APIRequestContext, token: string, title: string): Promise<Version> {
  const { modules } = await gql<{ modules: { latestPublished: Version | null }[] }>(request, token, '{ modules { latestPublished { id content title(lang: "fr") { text } } } }');
  return modules.map((m) => m.latestPublished).find((v) => v?.title.text === title)!;
}

/** Earlier work: the energy-labels module passed, its practical step validated by the trainer (as the API records it). */
async function labelsValidated(request: APIRequestContext, worker: { token: string; userId: string }, trainer: string) {
  const version = await publishedVersion(request, trainer, LABELS);
  const activity = `https://w3id.org/fit/module-versions/${version.id}`;
  const passed = {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: worker.userId } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
    object: { objectType: 'Activity', id: activity },
    result: { success: true, completion: true, score: { scaled: 1 } },
    timestamp: new Date().toISOString(),
  };
  const answer = await request.post('/xapi/statements', { headers: { authorization: `Bearer ${worker.token}`, 'x-experience-api-version': '2.0.0' }, data: passed });
  expect(answer.status(), await answer.text()).toBe(200);
  const step = version.content.steps.find((s) => s.kind === 'practical')!;
  const submission = await postPracticalCompletion(request, worker, `${activity}/steps/${step.id}`, (step.checklist ?? []).map((i) => i.id).join(','), []);
  await gql(request, trainer, 'mutation($s: ID!) { reviewPractical(statementId: $s, verdict: validated) { review } }', { s: submission });
}

test('a practical step counts only once validated on site, and the award shows its evidence chain', async ({ page, request }) => {
  test.setTimeout(180_000);
  const trainer = await staffToken(request, 'trainer');
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.signIn(WORKER);
  await labelsValidated(request, await pageSession(page), trainer);

  // The worker plays the windows module on the tablet: quiz right, every checklist item ticked, a photo.
  const windows = await publishedVersion(request, trainer, WINDOWS);
  await page.goto(`/play/${windows.id}`);
  await playToTheEnd(page, windowModuleAnswers);
  await expect(page.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 20_000 });

  // The passport: the airtightness skills wait for the trainer, the qualification is not held.
  await page.goto('/passport');
  const skills = page.getByRole('region', { name: 'Mes compétences' });
  const airtightness = skills.locator('.passport-ulo').filter({ hasText: 'ULO-AIR-01' });
  await expect(airtightness).toContainText('En attente de validation sur chantier');
  await expect(page.getByRole('region', { name: 'Mes qualifications' })).not.toContainText('EXFR-Q2');
  await checkScreen(page);
  await screenshot(page, 'passport-awaiting-validation');
  await tablet.finish.tap();

  // The trainer sees what was ticked on site, and validates.
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/validations');
  const pending = page.locator('.pending-card').filter({ hasText: WORKER }).filter({ hasText: WINDOWS });
  await expect(pending.getByRole('heading', { name: 'Coché' })).toBeVisible();
  await expect(pending.locator('.pending-card__ticked li')).not.toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'validation-ticked-items');
  await pending.getByRole('button', { name: /Validé/ }).tap();
  await expect(page.getByRole('status').filter({ hasText: `Validé : ${WORKER}` })).toBeVisible();
  await page.getByRole('button', { name: /se déconnecter/i }).first().tap();

  // Back on the tablet: the skill is held, the qualification awarded, and the award lists what it rests on.
  await tablet.signIn(WORKER);
  await page.goto('/passport');
  await expect(page.getByRole('region', { name: 'Mes compétences' }).locator('.passport-ulo').filter({ hasText: 'ULO-AIR-01' })).toContainText('Obtenue');
  const held = page.getByRole('region', { name: 'Mes qualifications' }).locator('.passport-card').filter({ hasText: 'EXFR-Q2' });
  await expect(held).toContainText('Obtenue le');
  await held.getByText(/^Preuves \(\d+ modules\)/).tap();
  const chain = held.locator('.passport-chain');
  await expect(chain).toContainText(WINDOWS);
  await expect(chain).toContainText(/version \d+/);
  await expect(chain).toContainText(/validé par Thomas Formateur le .+ à .*Chantier|validé par Thomas Formateur le .+ à /);
  await expect(chain).toContainText(/tentative/);
  await checkScreen(page);
  await screenshot(page, 'passport-held-evidence-chain');
  await tablet.finish.tap();
});
