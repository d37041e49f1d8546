import { describe, expect, it } from 'vitest';
import type { ModuleStep } from './content.js';
import { sampleModule } from './sample-module.fixture.js';
import { scoreQuiz } from './scoring.js';

const steps = sampleModule().steps;
const multiple: ModuleStep = {
  id: 'q3',
  kind: 'quiz',
  question: {
    kind: 'multiple',
    prompt: { en: 'Which?' },
    options: [
      { id: 'a', label: { en: 'A' } },
      { id: 'b', label: { en: 'B' } },
      { id: 'c', label: { en: 'C' } },
    ],
    correct: ['a', 'c'],
    feedback: { correct: { en: 'Yes' }, incorrect: { en: 'No' } },
  },
};

describe('scoreQuiz', () => {
  it('scores every question right as 1 and passes', () => {
    expect(scoreQuiz(steps, { q1: ['a'], q2: ['y', 'x', 'z'] }, 0.5)).toEqual({
      score: 1,
      passed: true,
      perQuestion: [
        { stepId: 'q1', answered: true, correct: true },
        { stepId: 'q2', answered: true, correct: true },
      ],
    });
  });

  it('counts a wrong order as wrong and compares the share to the pass mark', () => {
    const result = scoreQuiz(steps, { q1: ['a'], q2: ['x', 'y', 'z'] }, 0.5);
    expect(result).toMatchObject({ score: 0.5, passed: true });
    expect(scoreQuiz(steps, { q1: ['a'], q2: ['x', 'y', 'z'] }, 0.75).passed).toBe(false);
  });

  it('marks unanswered questions as not answered and wrong', () => {
    expect(scoreQuiz(steps, {}, 0.5).perQuestion[0]).toEqual({ stepId: 'q1', answered: false, correct: false });
  });

  it('needs exactly the right set for a multiple-choice question, in any order', () => {
    expect(scoreQuiz([multiple], { q3: ['c', 'a'] }, 1).passed).toBe(true);
    expect(scoreQuiz([multiple], { q3: ['a'] }, 1).passed).toBe(false);
    expect(scoreQuiz([multiple], { q3: ['a', 'b', 'c'] }, 1).passed).toBe(false);
    expect(scoreQuiz([multiple], { q3: ['a', 'a'] }, 1).passed).toBe(false);
  });

  it('passes exactly at the pass mark despite floating point', () => {
    const three = [multiple, { ...multiple, id: 'q4' }, { ...multiple, id: 'q5' }];
    expect(scoreQuiz(three, { q3: ['a', 'c'], q4: ['a', 'c'] }, 2 / 3).passed).toBe(true);
  });

  it('passes a module without questions', () => {
    expect(scoreQuiz([steps[0]!], {}, 0.8)).toEqual({ score: 1, passed: true, perQuestion: [] });
  });
});
