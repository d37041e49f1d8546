// The module player's public surface: a player's saved progress, which a scanned element label opens at its BIM step.
export { loadProgress, progressKey, saveProgress } from './playerProgress';
