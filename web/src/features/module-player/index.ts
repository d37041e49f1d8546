// The module player's public surface: a player's saved progress, which a scanned element label opens at its BIM step;
// the quiz question, its language and read-aloud, which spaced recall asks again.
export { loadProgress, progressKey, saveProgress } from './playerProgress';
export { PlayerLanguageContext } from './LocalText';
export { QuizStepView } from './QuizStepView';
export { ReadAloud } from './ReadAloud';
