// Whether an AU's moveOn criterion is met (cmi5 section 13.1.4): from its completed / passed results, or waived.
import type { MoveOn } from './cmi5-vocabulary.js';

export interface AuProgress {
  completed: boolean;
  passed: boolean;
  waived: boolean;
}

export function moveOnMet(moveOn: MoveOn, progress: AuProgress): boolean {
  if (progress.waived || moveOn === 'NotApplicable') return true;
  switch (moveOn) {
    case 'Completed':
      return progress.completed;
    case 'Passed':
      return progress.passed;
    case 'CompletedAndPassed':
      return progress.completed && progress.passed;
    case 'CompletedOrPassed':
      return progress.completed || progress.passed;
  }
}
