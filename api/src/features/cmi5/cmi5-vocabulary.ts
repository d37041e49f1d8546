// The cmi5 profile's verbs, extensions and categories (cmi5 specification, sections 9 and 10).
export const CMI5_VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;

export const CMI5_EXTENSIONS = {
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOn: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
  launchParameters: 'https://w3id.org/xapi/cmi5/context/extensions/launchparameters',
  reason: 'https://w3id.org/xapi/cmi5/result/extensions/reason',
} as const;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const COURSE_ACTIVITY_TYPE = 'https://w3id.org/xapi/cmi5/activitytype/course';
export const BLOCK_ACTIVITY_TYPE = 'https://w3id.org/xapi/cmi5/activitytype/block';

/** FIT's own ids for the courses it imports (the specification wants them distinct from the publisher's ids). */
export const fitCourseActivity = (courseId: string) => `https://w3id.org/fit/cmi5/courses/${courseId}`;
export const fitBlockActivity = (courseId: string, blockIndex: number) => `${fitCourseActivity(courseId)}/blocks/${blockIndex}`;

export const MOVE_ON = ['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'] as const;
export type MoveOn = (typeof MOVE_ON)[number];
export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];
