/**
 * Inline fixtures with expectations marked under the text, in rust-analyzer's style:
 *
 *     The city of Raqqah fell.
 *                 ^^^^^^ spelling-variant -> Raqqa
 *
 * A marker line (carets, then a rule id, then optionally "-> replacement") refers to the text line
 * above it and is removed from the fixture text.
 */
import { CorpusLinter } from '../../server/src/core/linter';
import type { Finding, RuleId } from '../../server/src/core/types';

export interface Expected {
  uri: string;
  start: number;
  end: number;
  ruleId: RuleId;
  text: string;
  fix?: string;
}

const MARKER = /^(\s*)(\^+)\s+([a-z-]+)(?:\s+->\s+(.*))?\s*$/;

export function parseFixture(uri: string, source: string): { text: string; expected: Expected[] } {
  const lines = source.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const kept: string[] = [];
  const offsets: number[] = [];
  const expected: Expected[] = [];
  let offset = 0;
  for (const line of lines) {
    const m = MARKER.exec(line);
    if (m && kept.length > 0) {
      const lineStart = offsets[offsets.length - 1];
      const start = lineStart + m[1].length;
      const end = start + m[2].length;
      const lineText = kept[kept.length - 1];
      expected.push({
        uri,
        start,
        end,
        ruleId: m[3] as RuleId,
        text: lineText.slice(m[1].length, m[1].length + m[2].length),
        ...(m[4] !== undefined ? { fix: m[4] } : {}),
      });
      continue;
    }
    offsets.push(offset);
    kept.push(line);
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected };
}

/** Lints in-memory documents (an in-memory corpus, as the markdown service's tests do). */
export function lintFixtures(docs: Record<string, string>, linter = new CorpusLinter()): { linter: CorpusLinter; texts: Map<string, string>; expected: Expected[] } {
  const texts = new Map<string, string>();
  const expected: Expected[] = [];
  for (const [uri, source] of Object.entries(docs)) {
    const parsed = parseFixture(uri, source);
    texts.set(uri, parsed.text);
    expected.push(...parsed.expected);
    linter.set({ uri, version: 1, text: parsed.text });
  }
  return { linter, texts, expected };
}

/** Findings of the given rules, as comparable records. */
export function actual(linter: CorpusLinter, texts: Map<string, string>, rules: readonly RuleId[]): Expected[] {
  const out: Expected[] = [];
  for (const uri of texts.keys()) {
    for (const f of linter.findings(uri)) {
      if (!rules.includes(f.ruleId)) continue;
      out.push(toExpected(f, texts.get(uri) as string));
    }
  }
  return out.sort(order);
}

function toExpected(f: Finding, text: string): Expected {
  const fix = f.fixes?.[0]?.edits[0]?.newText;
  return { uri: f.uri, start: f.start, end: f.end, ruleId: f.ruleId, text: text.slice(f.start, f.end), ...(fix !== undefined ? { fix } : {}) };
}

export function order(a: Expected, b: Expected): number {
  return a.uri.localeCompare(b.uri) || a.start - b.start || a.ruleId.localeCompare(b.ruleId);
}

/** Checks the marked findings of `rules` exactly: nothing missing, nothing extra. */
export function expectMarked(docs: Record<string, string>, rules: readonly RuleId[]): { linter: CorpusLinter; texts: Map<string, string> } {
  const { linter, texts, expected } = lintFixtures(docs);
  const want = expected.filter((e) => rules.includes(e.ruleId)).sort(order);
  const got = actual(linter, texts, rules).map((g) => {
    // compare fixes only where the fixture states one
    const w = want.find((x) => x.uri === g.uri && x.start === g.start && x.ruleId === g.ruleId);
    if (w && w.fix === undefined) delete g.fix;
    return g;
  });
  const show = (xs: Expected[]): string => xs.map((x) => `${x.uri}:${x.start} ${x.ruleId} "${x.text}"${x.fix !== undefined ? ` -> ${x.fix}` : ''}`).join('\n');
  if (show(got) !== show(want)) {
    throw new Error(`findings differ\n--- expected\n${show(want)}\n--- actual\n${show(got)}`);
  }
  return { linter, texts };
}
