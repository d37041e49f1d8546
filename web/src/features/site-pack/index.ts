// The site pack's public surface: what other features (the tablet's sign-in and crew screens) may use. Everything
// else in this folder is the pack's own business; lint refuses imports that go around this file.
export { rememberOfflinePin } from './offline-credentials';
export { signInOffline, type OfflineAnswers } from './offline-sign-in';
export { appPackDb, clearPack, openPackDb, type PackDb } from './pack-db';
export { SitePackPanel } from './components/LazySitePackPanel';
export { usePack } from './hooks/usePack';
export { reportLockouts } from './lockout-reports';
export { PACK_CACHE } from './pack-db';
export { tabletKeyForEnrolment } from './tablet-key';
