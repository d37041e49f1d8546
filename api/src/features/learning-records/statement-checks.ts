// Rules other features add to the learning record store (e.g. cmi5's verb order in an AU session): each check sees
// a whole batch, in order, before anything is stored; a broken rule refuses the batch with 400 naming the rule.
import type { Statement } from '@fit/shared';
import { badInput } from '../../common/errors/domain-error.js';

export interface CheckedStatement {
  index: number;
  id: string;
  statement: Statement;
}

export interface BrokenRule {
  index: number;
  id: string;
  /** The rule's name, with the section of the specification it comes from. */
  rule: string;
  reason: string;
}

export type StatementCheck = (statements: CheckedStatement[], organisationId: string) => Promise<BrokenRule[]>;

export const statementRulesBroken = (broken: BrokenRule[]) => {
  const first = broken[0]!;
  const more = broken.length > 1 ? ` (and ${broken.length - 1} more)` : '';
  return badInput(`statements[${first.index}] refused (${first.rule}): ${first.reason}${more}. Nothing in this batch was stored.`, { refused: broken });
};
