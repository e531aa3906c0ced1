/**
 * How a rule is declared: data (id, description, default severity, scope, docs) plus a small
 * `check` function that reads an article's summary and the corpus index and reports findings.
 */
import type { DocumentSummary } from '../analysis/summary';
import type { RuleOptions } from '../config/config';
import type { EntityIndex } from '../index/entityIndex';
import type { FigureIndex } from '../index/figureIndex';
import type { Finding, RuleId, Severity } from '../types';

export type ReportedFinding = Omit<Finding, 'ruleId' | 'severity' | 'uri' | 'key'> & {
  /** What, besides the sentence, identifies the finding for dismissals (a spelling, a figure). */
  detail: string;
};

export interface RuleContext {
  readonly summary: DocumentSummary;
  readonly entities: EntityIndex;
  readonly figures: FigureIndex;
  readonly options: RuleOptions;
  /** Spellings the project accepts as valid variants (never flagged). */
  readonly accepted: readonly string[];
  /** The outlet that published an article, when known from outside its text (a metadata file). */
  outletOf(uri: string): string | undefined;
  /**
   * What the rules of one pass over this article share, computed by the first that needs it (the
   * variant hits both variant rules read). A new map for every pass: nothing outlives the findings.
   */
  readonly shared: Map<string, unknown>;
  /** Adds a finding; false when the project dismissed it (it is left out). */
  report(finding: ReportedFinding): boolean;
}

export interface RuleOptionSpec {
  type: 'boolean' | 'string' | 'number';
  enum?: readonly string[];
  default: boolean | string | number;
  description: string;
}

export interface Rule {
  id: RuleId;
  /** One sentence: feeds the settings UI, hovers and the README. */
  description: string;
  defaultSeverity: Severity;
  /** `corpus` rules read other articles through the index; `document` rules only their own. */
  scope: 'document' | 'corpus';
  /** Whether `--fix` and fix-all may apply its fixes without a person choosing. */
  fixable: 'safe' | 'suggestion' | 'none';
  options?: Record<string, RuleOptionSpec>;
  check(context: RuleContext): void;
}
