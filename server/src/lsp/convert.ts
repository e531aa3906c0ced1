/**
 * Core findings to LSP diagnostics. A diagnostic carries nothing for the server's own use (no
 * `data`): when the client asks for code actions, the finding is found again among the
 * server's current findings by its rule and place (its message telling two apart; codeActions.ts),
 * and the fixes are rebuilt from it, never from a copy the client held on to.
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

export function toDiagnostic(finding: Finding, map: PositionMap, mapFor: (uri: string) => PositionMap | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const m = mapFor(r.uri);
    if (m) related.push({ location: { uri: r.uri, range: m.range(r.start, r.end) }, message: r.message });
  }
  const diagnostic: Diagnostic = {
    range: map.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: codeDescription(finding.ruleId),
    source: SOURCE,
    message: presentMessage(finding),
  };
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function isOurDiagnostic(d: Diagnostic): d is Diagnostic & { code: RuleId } {
  return d.source === SOURCE && typeof d.code === 'string';
}
