/**
 * Plain data that crosses the core's boundary. Offsets are JavaScript string indices (UTF-16 code
 * units), end exclusive, so `TextDocument.positionAt` maps them to LSP positions and the CLI to
 * line:column without conversion.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULE_IDS = [
  'spelling-variant',
  'entity-alias',
  'unattributed-claim',
  'weak-attribution',
  'unattributed-quote',
  'figure-conflict',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One article of the corpus. `version` increases with every edit (LSP) or is 0 (files on disk). */
export interface SourceDocument {
  uri: string;
  version: number;
  text: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and by fix-all; the others are offered as quick fixes only. */
  safe: boolean;
  /** The edit text is an LSP snippet (`${1:source}` placeholders). */
  snippet?: boolean;
}

export interface RelatedLocation {
  uri: string;
  start: number;
  end: number;
  message: string;
}

/** What a code action needs to rebuild its edits without server state. */
export type FindingData =
  | {
      kind: 'variant';
      entityId: string;
      canonical: string;
      /** The spelling as counted (a sentence's first capital undone: "al Qaeda"). */
      surface: string;
      /** The mention as written ("Al Qaeda"), and what the fix writes ("Al-Qaeda"). */
      written?: string;
      replacement?: string;
      relation: SpellingRelation;
    }
  | { kind: 'claim'; insertAt: number; sentenceStart: number; sentenceEnd: number }
  | { kind: 'quote'; sentenceStart: number; sentenceEnd: number }
  | { kind: 'figure'; quantity: string };

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  uri: string;
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  data?: FindingData;
  /** Stable key for dismissals: survives edits elsewhere in the document. */
  key?: string;
}

/** How a spelling relates to the canonical spelling of its entity. */
export type SpellingRelation = 'orthographic' | 'transliteration' | 'alias';

export type EntityKind = 'place' | 'person' | 'group' | 'organisation' | 'operation' | 'unknown';
