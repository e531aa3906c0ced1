/**
 * The rule registry. Rule ids are stable: they are the diagnostic code, the CLI's ruleId and the
 * settings key.
 */
import type { RuleId, Severity } from '../types';
import { entityAlias } from './entityAlias';
import { figureConflict } from './figureConflict';
import { spellingVariant } from './spellingVariant';
import type { Rule } from './types';
import { unattributedClaim } from './unattributedClaim';
import { unattributedQuote } from './unattributedQuote';
import { weakAttribution } from './weakAttribution';

export const RULES: readonly Rule[] = [spellingVariant, entityAlias, unattributedClaim, weakAttribution, unattributedQuote, figureConflict];

export const RULES_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function defaultSeverities(): Record<RuleId, Severity> {
  return Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])) as Record<RuleId, Severity>;
}

export type { Rule, RuleContext } from './types';
