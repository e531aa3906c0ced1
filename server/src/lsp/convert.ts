/**
 * Core findings to LSP diagnostics. `Diagnostic.data` carries what finds the finding again when
 * the client asks for code actions (rule, key, offset and the document version): the fixes are
 * rebuilt from the server's current findings, never from a copy the client held on to.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { presentMessage } from '../core/present';
import type { Finding, RuleId, Severity } from '../core/types';

export const SOURCE = 'corpus-lint';
export const README_URL = 'https://github.com/corpus-lint/corpus-lint/blob/main/README.md';

/** Offsets to positions for one document (an open TextDocument or a closed file's line index). */
export interface PositionMap {
  range(start: number, end: number): Range;
}

/**
 * Small on purpose: every diagnostic of every article carries it (a 10,000-article scan publishes
 * 150,000 diagnostics), and the fixes and finding details it once held were a tenth of its bytes.
 */
export interface DiagnosticData {
  ruleId: RuleId;
  key: string;
  /** Offset of the finding, with the document version it was computed on (null: a closed file). */
  start: number;
  version: number | null;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Each rule's link to its README section, one object shared by its diagnostics (read-only). */
const CODE_DESCRIPTIONS = new Map<RuleId, { href: string }>();
const codeDescription = (ruleId: RuleId): { href: string } => {
  let d = CODE_DESCRIPTIONS.get(ruleId);
  if (!d) CODE_DESCRIPTIONS.set(ruleId, (d = { href: `${README_URL}#${ruleId}` }));
  return d;
};

export function toDiagnostic(finding: Finding, map: PositionMap, mapFor: (uri: string) => PositionMap | undefined, version: number | null): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const m = mapFor(r.uri);
    if (m) related.push({ location: { uri: r.uri, range: m.range(r.start, r.end) }, message: r.message });
  }
  const data: DiagnosticData = { ruleId: finding.ruleId, key: finding.key ?? '', start: finding.start, version };
  const diagnostic: Diagnostic = {
    range: map.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: codeDescription(finding.ruleId),
    source: SOURCE,
    message: presentMessage(finding),
    data,
  };
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function isOurDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && typeof d.data === 'object' && d.data !== null && 'ruleId' in (d.data as object);
}
