/**
 * Core findings to LSP diagnostics. A diagnostic carries nothing for the server's own use (no
 * `data`): when the client asks for code actions, the finding is found again among the
 * server's current findings by its rule and place (its message telling two apart; codeActions.ts),
 * and the fixes are rebuilt from it, never from a copy the client held on to.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { presentMessage } from '../core/present';
import { Fnv1aStream } from '../core/text/hash';
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

/**
 * A key of the diagnostics an article's findings convert to (at most `max` shown, in the article
 * whose text has content hash `textHash`), made from the findings without converting them: what
 * `toDiagnostic` reads (place, severity, rule, the message and what its presentation adds, each
 * related location where `mapFor` puts it) and what `capProblems` does with `max`. An edit
 * re-publishes hundreds of articles that share an entity with it, and most show what they showed:
 * converting each and serialising the result to compare it cost more than sending the few that
 * changed. A related location is keyed by its line and character, not its offsets: text typed on
 * an earlier line of its article moves its offsets, not what the client shows.
 */
export function diagnosticsKey(findings: readonly Finding[], max: number, textHash: string, mapFor: (uri: string) => PositionMap | undefined): string {
  const h = new Fnv1aStream().string(textHash).number(max).number(findings.length);
  for (const f of findings) {
    h.string(f.ruleId).string(f.severity).number(f.start).number(f.end).string(f.message);
    const d = f.data;
    if (d?.kind === 'variant') h.string(d.written ?? d.surface).string(d.replacement ?? d.canonical);
    const related = f.related ?? [];
    h.number(related.length);
    for (const r of related) {
      const range = mapFor(r.uri)?.range(r.start, r.end);
      h.string(r.uri).string(r.message);
      if (range) h.number(range.start.line).number(range.start.character).number(range.end.line).number(range.end.character);
      else h.number(0xffffffff);
    }
  }
  return h.digest();
}

export function isOurDiagnostic(d: Diagnostic): d is Diagnostic & { code: RuleId } {
  return d.source === SOURCE && typeof d.code === 'string';
}
