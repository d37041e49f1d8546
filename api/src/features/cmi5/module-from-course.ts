// The FIT module an imported cmi5 course becomes: one step per AU (title and description), so it is assigned,
// listed and bound to ULOs like any module. A module has at most CONTENT_LIMITS.maxSteps steps: a larger course
// gets steps that each list a run of AUs, in document order.
import { CONTENT_LIMITS, type ModuleContent, type TextStep } from '@fit/shared';
import type { CourseStructure, LangStrings } from './course-structure.js';
import { required } from '../../common/required.js';

const SHORT = CONTENT_LIMITS.maxShortTextLength;

/** The module's language: the course title's first language as a two-letter code ('en' when none fits). */
export function courseLanguage(course: CourseStructure): string {
  const tag = Object.keys(course.title).find((key) => /^[a-z]{2}(-|$)/i.test(key));
  return tag ? tag.slice(0, 2).toLowerCase() : 'en';
}

function pick(strings: LangStrings, lang: string): string {
  const key = Object.keys(strings).find((k) => k.toLowerCase().startsWith(lang)) ?? Object.keys(strings)[0];
  return (key && strings[key]) ?? '';
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function moduleFromCourse(course: CourseStructure, name: string): ModuleContent {
  const lang = courseLanguage(course);
  const auTitle = (index: number) => clip(pick(required(course.aus[index], `AU ${index + 1}`).title, lang) || `AU ${index + 1}`, SHORT);
  let steps: TextStep[];
  if (course.aus.length <= CONTENT_LIMITS.maxSteps) {
    steps = course.aus.map((au, index) => ({
      id: `au-${index}`,
      kind: 'text',
      title: { [lang]: auTitle(index) },
      body: { [lang]: clip(pick(au.description, lang) || auTitle(index), CONTENT_LIMITS.maxTextLength) },
    }));
  } else {
    const perStep = Math.ceil(course.aus.length / CONTENT_LIMITS.maxSteps);
    steps = [];
    for (let first = 0; first < course.aus.length; first += perStep) {
      const last = Math.min(course.aus.length, first + perStep) - 1;
      const lines = [];
      for (let i = first; i <= last; i++) lines.push(`- ${clip(auTitle(i), 120)}`);
      steps.push({ id: `aus-${first}-${last}`, kind: 'text', title: { [lang]: `AU ${first + 1}–${last + 1}` }, body: { [lang]: lines.join('\n') } });
    }
  }
  return {
    title: { [lang]: clip(name, SHORT) },
    summary: { [lang]: clip(pick(course.description, lang) || name, CONTENT_LIMITS.maxTextLength) },
    trades: ['general'],
    topic: 'cmi5',
    estimatedMinutes: Math.min(CONTENT_LIMITS.maxMinutes, Math.max(CONTENT_LIMITS.minMinutes, course.aus.length * 5)),
    languages: [lang],
    outcomes: [],
    passMark: 0,
    practicalRequiredForAward: false,
    steps,
  };
}
