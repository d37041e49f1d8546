import { describe, expect, it } from '@jest/globals';
import { moveOnMet } from './move-on.js';

const none = { completed: false, passed: false, waived: false };

describe('moveOn (cmi5 13.1.4)', () => {
  it.each([
    ['NotApplicable', none, true],
    ['Completed', none, false],
    ['Completed', { ...none, completed: true }, true],
    ['Completed', { ...none, passed: true }, false],
    ['Passed', { ...none, passed: true }, true],
    ['Passed', { ...none, completed: true }, false],
    ['CompletedAndPassed', { ...none, completed: true }, false],
    ['CompletedAndPassed', { ...none, completed: true, passed: true }, true],
    ['CompletedOrPassed', { ...none, passed: true }, true],
    ['CompletedOrPassed', none, false],
    ['CompletedAndPassed', { ...none, waived: true }, true],
  ] as const)('%s with %j is met: %s', (moveOn, progress, met) => {
    expect(moveOnMet(moveOn, progress)).toBe(met);
  });
});
