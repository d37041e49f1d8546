// Which texts a worker reads on the site tablet: these key groups must exist in every worker language, the rest
// (staff screens) in French and English only. One list, so the completeness test and the loader agree.

/** Interface languages of the worker screens, in the order the tablet offers them. */
export const WORKER_LANGUAGES = ['fr', 'en', 'pt', 'es', 'ro', 'ar'] as const;
export type WorkerLanguage = (typeof WORKER_LANGUAGES)[number];

/** Interface languages of the staff screens. */
export const STAFF_LANGUAGES = ['fr', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** Key prefixes (a group, or one key inside a group) shown on worker screens: picker, PIN, day, player, passport, results, sync. */
export const WORKER_KEY_GROUPS = [
  'app',
  'language',
  'header.signedInAs',
  'header.finish',
  'header.signOut',
  'errors',
  'roles.worker',
  'tablet',
  'home.greeting',
  'home.worker',
  'day',
  'steps',
  'pictograms',
  'player',
  'bim.step',
  'bim.viewer',
  'sync',
  'sitePack',
  'results',
  'cohort.panel.attemptsCaption',
  'cohort.panel.colModule',
  'cohort.panel.colVersion',
  'cohort.panel.colResult',
  'cohort.panel.colScore',
  'cohort.panel.colDate',
  'cohort.panel.outcome',
  'quals',
  'passport',
  'credentials',
  'elementLabels.scan',
  'elementLabels.banner',
  'elementLabels.homeLink',
  // The recall screen and its offer on the day; its team figures and settings are staff screens.
  'recall.title',
  'recall.questionOf',
  'recall.fromModule',
  'recall.next',
  'recall.finish',
  'recall.back',
  'recall.noneTitle',
  'recall.noneBody',
  'recall.doneTitle',
  'recall.doneScore',
  'recall.doneBody',
  'recall.entry',
  // The worker's own data on the passport; the "on the worker's behalf" texts are for staff.
  'personalData.title',
  'personalData.lead',
  'personalData.downloadJson',
  'personalData.downloadPdf',
  'personalData.downloadFailed',
  'personalData.erasureTitle',
  'personalData.erasureLead',
  'personalData.erasureAsk',
  'personalData.erasureWarning',
  'personalData.erasureConfirm',
  'personalData.erasureRequested',
  'personalData.cancel',
  'personalData.offline',
  'personalData.failed',
  'personalData.back',
  // The worker's AFEST on the tablet: reflective sequences and signature; the trainer's AFEST screens are staff screens.
  'myAfest',
  // A candidate's positioning on their own phone: consent, items, result.
  'candidate',
] as const;

/** Whether a full key (e.g. `player.next`, `tablet.pin.wrong_one`) belongs to a worker screen. */
export function isWorkerKey(key: string): boolean {
  return WORKER_KEY_GROUPS.some((group) => key === group || key.startsWith(`${group}.`) || key.startsWith(`${group}_`));
}
