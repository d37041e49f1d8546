// The subset of the xAPI 2.0 statement shape that FIT stores and validates.
export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface Group extends Omit<Agent, 'objectType'> {
  objectType: 'Group';
  member?: Agent[];
}

export type Actor = Agent | Group;

export interface Verb {
  id: string;
  display?: LanguageMap;
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: {
    name?: LanguageMap;
    description?: LanguageMap;
    type?: string;
    moreInfo?: string;
    extensions?: Record<string, unknown>;
    interactionType?: string;
    correctResponsesPattern?: string[];
    choices?: InteractionComponent[];
    scale?: InteractionComponent[];
    source?: InteractionComponent[];
    target?: InteractionComponent[];
    steps?: InteractionComponent[];
  };
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface StatementRef {
  objectType: 'StatementRef';
  id: string;
}

/** A statement inside a statement (e.g. "I planned to do this"): no id, stored, version or authority, never nested. */
export interface SubStatement {
  objectType: 'SubStatement';
  actor: Actor;
  verb: Verb;
  object: Activity | Agent | Group | StatementRef;
  result?: Result;
  context?: Context;
  timestamp?: string;
  attachments?: Attachment[];
}

export type StatementObject = Activity | Agent | Group | StatementRef | SubStatement;

/** Describes a document that goes with the statement; its bytes come as a part of the request, or at fileUrl. */
export interface Attachment {
  usageType: string;
  display: LanguageMap;
  description?: LanguageMap;
  contentType: string;
  length: number;
  sha2: string;
  fileUrl?: string;
}

export interface ContextAgent {
  objectType: 'contextAgent';
  agent: Agent;
  relevantTypes?: string[];
}

export interface ContextGroup {
  objectType: 'contextGroup';
  group: Group;
  relevantTypes?: string[];
}

export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Context {
  registration?: string;
  instructor?: Actor;
  team?: Group;
  contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', Activity[]>>;
  revision?: string;
  platform?: string;
  language?: string;
  statement?: StatementRef;
  extensions?: Record<string, unknown>;
  contextAgents?: ContextAgent[];
  contextGroups?: ContextGroup[];
}

export interface Statement {
  id?: string;
  actor: Actor;
  verb: Verb;
  object: StatementObject;
  result?: Result;
  context?: Context;
  timestamp?: string;
  stored?: string;
  authority?: Actor;
  version?: string;
  attachments?: Attachment[];
}
