// The module player's public surface: a player's saved progress, which a scanned element label opens at its BIM step;
// the quiz question, its language and read-aloud, which spaced recall asks again; the player's read of a module version,
// whose answer a tablet can supply from its site pack.
export { loadProgress, progressKey, saveProgress } from './playerProgress';
export { PlayerLanguageContext } from './components/LocalText';
export { QuizStepView } from './components/QuizStepView';
export { ReadAloud } from './components/ReadAloud';
export { PlayerVersionQuery } from './api/player.queries';

/** Prepares the crew's cmi5 courses for offline play, with the site pack (the code loads when called). */
export const prepareOfflineCourses = (deviceToken: string): Promise<number> => import('./cmi5Offline').then((m) => m.prepareOfflineCourses(deviceToken));
