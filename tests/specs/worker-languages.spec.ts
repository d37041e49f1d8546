// Workers' own languages on the site tablet: the whole flow (name picker → PIN → day → a module with every step kind →
// passport) in Arabic, right to left, and in Portuguese; every screen checked by axe and photographed. The module is
// written in French, Arabic and Portuguese, with one text left untranslated in Portuguese to show the notice.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { chooseLanguage, languageToggle } from '../pages/AppShell';
import { ModulePlayer } from '../pages/ModulePlayer';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { mp3Stub, stripedPng, webmStub } from '../support/media-files';
import { userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const SLUG = 'joint-fenetre-langues';
const TITLE = { fr: 'Joint de fenêtre : les bons gestes', ar: 'فاصل النافذة: الحركات الصحيحة', pt: 'Junta da janela: os gestos certos' };

async function upload(request: APIRequestContext, token: string, body: Buffer, type: string): Promise<string> {
  const response = await request.post('/media', { headers: { authorization: `Bearer ${token}`, 'content-type': type }, data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A module with every step kind, in French, Arabic and Portuguese (the practical step's instructions only in French and Arabic). */
async function publishTrilingualModule(request: APIRequestContext, token: string): Promise<string> {
  const image = await upload(request, token, stripedPng(320, 200, [[200, 200, 200], [10, 79, 163]]), 'image/png');
  const video = await upload(request, token, webmStub(), 'video/webm');
  const audio = await upload(request, token, mp3Stub(), 'audio/mpeg');
  const content = {
    title: TITLE,
    summary: { fr: 'Poser une bande étanche autour d’une fenêtre.', ar: 'وضع شريط عازل حول النافذة.', pt: 'Colocar uma fita estanque à volta de uma janela.' },
    trades: ['joinery'],
    topic: 'airtightness',
    estimatedMinutes: 5,
    languages: ['fr', 'ar', 'pt'],
    outcomes: [],
    passMark: 0.5,
    steps: [
      {
        id: 'intro',
        kind: 'text',
        title: { fr: 'Avant de commencer', ar: 'قبل أن تبدأ', pt: 'Antes de começar' },
        body: { fr: 'Nettoyez le support. **Portez vos gants.**', ar: 'نظّف السطح. **البس القفازات.**', pt: 'Limpe o suporte. **Use as luvas.**' },
        pictograms: ['ppe-gloves', 'air-leak'],
      },
      {
        id: 'picture',
        kind: 'image',
        mediaId: image,
        alt: { fr: 'Une bande collée autour de la fenêtre', ar: 'شريط ملصق حول النافذة', pt: 'Uma fita colada à volta da janela' },
        caption: { fr: 'La bande fait tout le tour.', ar: 'الشريط يدور حول النافذة كلها.', pt: 'A fita dá a volta toda.' },
      },
      {
        id: 'film',
        kind: 'video',
        mediaId: video,
        caption: { fr: 'Le geste en vidéo', ar: 'الحركة بالفيديو', pt: 'O gesto em vídeo' },
        transcript: { fr: 'On presse la bande du centre vers les bords.', ar: 'نضغط الشريط من الوسط نحو الأطراف.', pt: 'Pressiona-se a fita do centro para as bordas.' },
      },
      {
        id: 'listen',
        kind: 'audio',
        mediaId: audio,
        transcript: { fr: 'Pas de pli dans la bande.', ar: 'لا طيّة في الشريط.', pt: 'Nenhuma dobra na fita.' },
      },
      {
        id: 'side',
        kind: 'quiz',
        question: {
          kind: 'single',
          prompt: { fr: 'De quel côté va la bande étanche ?', ar: 'في أي جهة يوضع الشريط العازل؟', pt: 'De que lado vai a fita estanque?' },
          options: [
            { id: 'warm', label: { fr: 'Côté intérieur (chaud)', ar: 'الجهة الداخلية (الدافئة)', pt: 'Lado interior (quente)' } },
            { id: 'cold', label: { fr: 'Côté extérieur (froid)', ar: 'الجهة الخارجية (الباردة)', pt: 'Lado exterior (frio)' } },
          ],
          correct: ['warm'],
          feedback: {
            correct: { fr: 'Oui : côté chaud.', ar: 'نعم: الجهة الدافئة.', pt: 'Sim: o lado quente.' },
            incorrect: { fr: 'Non : côté chaud.', ar: 'لا: الجهة الدافئة.', pt: 'Não: o lado quente.' },
          },
        },
      },
      {
        id: 'do-it',
        kind: 'practical',
        instructions: { fr: 'Posez la bande sur une vraie fenêtre.', ar: 'ضع الشريط على نافذة حقيقية.' },
        checklist: [
          { id: 'clean', label: { fr: 'Support propre', ar: 'السطح نظيف', pt: 'Suporte limpo' } },
          { id: 'pressed', label: { fr: 'Bande bien pressée', ar: 'الشريط مضغوط جيدًا', pt: 'Fita bem pressionada' } },
        ],
        photoRequired: false,
        signOffRequired: false,
      },
      {
        id: 'model',
        kind: 'bim',
        instructions: { fr: 'Voici les fenêtres du chantier.', ar: 'هذه نوافذ الورشة.', pt: 'Estas são as janelas da obra.' },
        bindings: [{ ifcClass: 'IfcWindow' }],
      },
    ],
  };
  const created = await gql<{ createModule: { id: string } }>(request, token, 'mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', {
    i: { content, slug: SLUG },
  });
  const published = await gql<{ publishModule: { latestPublished: { id: string } } }>(
    request,
    token,
    'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }',
    { id: created.createModule.id },
  );
  return published.publishModule.latestPublished.id;
}

let versionId: string;

test.beforeAll(async ({ request }) => {
  // Once per run: a worker process restarted after a failure finds the module already assigned.
  const [existing] = await queryDb<{ id: string }>(
    `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.slug = $1 and v.status = 'published'`,
    [SLUG],
  );
  if (existing) return void (versionId = existing.id);
  const trainer = await staffToken(request, 'trainer');
  versionId = await publishTrilingualModule(request, trainer);
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  await gql(request, trainer, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
    i: {
      moduleVersionId: versionId,
      workerIds: [await userId('Fatima Benali'), await userId('João Ferreira')],
      siteId: site.id,
      dueOn: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
    },
  });
});

/** Words of the flow in one language: what the spec taps and reads. */
interface Words {
  button: string;
  picker: string;
  pin: (name: string) => string;
  day: string;
  step: (current: number, total: number) => string;
  next: string;
  finish: string;
  check: string;
  right: string;
  complete: string;
  rightCount: string;
  exit: string;
  passport: string;
  passportTitle: string;
}

async function checked(page: Page, name: string): Promise<void> {
  await checkScreen(page);
  await screenshot(page, name);
}

/** The tablet flow in one language; returns at the passport. */
async function tabletFlow(page: Page, worker: string, lang: 'ar' | 'pt', words: Words, dir: 'rtl' | 'ltr'): Promise<void> {
  const tablet = new TabletPage(page);
  const html = page.locator('html');
  await tablet.pairWithDemoTablet();
  // The picker is switched on the tablet itself, before anyone signs in.
  await chooseLanguage(page, words.button);
  await expect(tablet.heading).toHaveText(words.picker);
  await expect(html).toHaveAttribute('lang', lang);
  await expect(html).toHaveAttribute('dir', dir);
  await checked(page, `lang-${lang}-1-picker`);

  await tablet.nameTile(worker).tap();
  await expect(tablet.heading).toHaveText(words.pin(worker));
  await checked(page, `lang-${lang}-2-pin`);
  await tablet.typePin(DEMO_WORKER_PIN);

  await expect(tablet.heading).toHaveText(words.day);
  await expect(languageToggle(page)).toContainText(words.button);
  const card = page.locator('.day-card').filter({ hasText: TITLE[lang] });
  await expect(card).toBeVisible();
  await checked(page, `lang-${lang}-3-day`);

  await card.getByRole('link').tap();
  const player = new ModulePlayer(page);
  const next = page.locator('.player__nav').getByRole('button', { name: new RegExp(`^(${words.next}|${words.finish})`) });
  const step = async (current: number) => expect(page.getByText(words.step(current, 7))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang]);
  await step(1);
  await checked(page, `lang-${lang}-4-text`);
  await next.tap();
  await step(2);
  await expect(page.getByRole('img', { name: IMAGE_ALT[lang] })).toBeVisible();
  await checked(page, `lang-${lang}-5-image`);
  await next.tap();
  await step(3);
  await expect(page.locator('video')).toBeVisible();
  await checked(page, `lang-${lang}-6-video`);
  await next.tap();
  await step(4);
  await expect(page.locator('audio')).toBeAttached();
  await checked(page, `lang-${lang}-7-audio`);
  await next.tap();
  await step(5);
  await page.locator('.player-quiz input').first().check();
  await page.getByRole('button', { name: words.check }).tap();
  await expect(player.feedback).toContainText(words.right);
  await checked(page, `lang-${lang}-8-quiz`);
  await next.tap();
  await step(6);
  for (const box of await page.locator('.player-task input[type="checkbox"]').all()) await box.check();
  await checked(page, `lang-${lang}-9-practical`);
  await next.tap();
  await step(7);
  await checked(page, `lang-${lang}-10-bim`);
  await next.tap();

  await expect(page.getByRole('heading', { name: words.complete })).toBeVisible();
  await expect(page.getByText(words.rightCount)).toBeVisible();
  await checked(page, `lang-${lang}-11-complete`);
  await page.getByRole('button', { name: words.exit }).tap();
  await expect(tablet.heading).toHaveText(words.day);
  await page.getByRole('link', { name: words.passport }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.passportTitle);
  await expect(html).toHaveAttribute('dir', dir);
  await checked(page, `lang-${lang}-12-passport`);
}

const IMAGE_ALT = { ar: 'شريط ملصق حول النافذة', pt: 'Uma fita colada à volta da janela' };

test('the tablet flow in Arabic reads right to left, from the name picker to the passport', async ({ page }) => {
  test.setTimeout(180_000);
  await tabletFlow(
    page,
    'Fatima Benali',
    'ar',
    {
      button: 'العربية',
      picker: 'من أنت؟',
      pin: (name) => `${name}، أدخل رمزك`,
      day: 'وحدات اليوم',
      step: (current, total) => `الخطوة ${current} من ${total}`,
      next: 'التالي',
      finish: 'إنهاء',
      check: 'تحقق من جوابي',
      right: 'نعم: الجهة الدافئة.',
      complete: 'انتهت الوحدة',
      rightCount: 'جواب صحيح واحد من 1',
      exit: 'العودة إلى الوحدات',
      passport: 'جواز مهاراتي',
      passportTitle: 'جواز مهاراتي',
    },
    'rtl',
  );
  // The layout is mirrored: text runs right to left and the page title sits against the right edge.
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(title!.x + title!.width).toBeGreaterThan(1024 / 2);
  // Finishing hands the tablet back in the language it spoke before her.
  await page.getByRole('button', { name: 'إنهاء وخروج' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('من أنت؟');
});

test('the tablet flow in Portuguese, with a text not yet translated shown in French and said so', async ({ page }) => {
  test.setTimeout(180_000);
  // The practical step has no Portuguese instructions: French, with the notice in Portuguese.
  await tabletFlow(
    page,
    'João Ferreira',
    'pt',
    {
      button: 'Português',
      picker: 'Quem é você?',
      pin: (name) => `${name}, escreva o seu código`,
      day: 'Módulos de hoje',
      step: (current, total) => `Passo ${current} de ${total}`,
      next: 'Seguinte',
      finish: 'Terminar',
      check: 'Verificar a minha resposta',
      right: 'Sim: o lado quente.',
      complete: 'Módulo concluído',
      rightCount: '1 resposta certa em 1',
      exit: 'Voltar aos módulos',
      passport: 'O meu passaporte de competências',
      passportTitle: 'O meu passaporte de competências',
    },
    'ltr',
  );
});

test('a worker signing in gets their own language without choosing it, and a fallback text is flagged', async ({ page }) => {
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  await tablet.nameTile('João Ferreira').tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  // His crew record says Portuguese: the day opens in Portuguese.
  await expect(tablet.heading).toHaveText('Módulos de hoje');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  await page.goto(`/play/${versionId}`);
  await expect(page.getByText('Passo 1 de 7')).toBeVisible();
  // Straight to the practical step: its instructions exist in French only.
  for (let i = 1; i < 6; i += 1) {
    const check = page.getByRole('button', { name: 'Verificar a minha resposta' });
    if (await check.isVisible()) {
      await page.locator('.player-quiz input').first().check();
      await check.tap();
    }
    await page.locator('.player__nav').getByRole('button', { name: /^Seguinte/ }).tap();
  }
  await expect(page.locator('[lang="fr"]').filter({ hasText: 'Posez la bande sur une vraie fenêtre.' })).toBeVisible();
  await expect(page.getByText('Ainda não traduzido para a sua língua: mostrado em Français')).toBeVisible();
  // The checklist itself is in Portuguese.
  for (const box of await page.locator('.player-task input[type="checkbox"]').all()) await box.check();
  await expect(page.getByText('Bande bien pressée')).toHaveCount(0);
  await expect(page.getByText('Fita bem pressionada')).toBeVisible();
  await checked(page, 'lang-pt-fallback-notice');
  // Finishing hands the tablet back in French, the language it spoke before him.
  await page.getByRole('button', { name: 'Terminar e sair' }).tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
