import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsKey, toDiagnostic, type PositionMap } from '../../server/src/lsp/convert';
import { lintFixtures } from '../support/fixture';

/** b.txt's key and diagnostics in a corpus of it and one version of a.txt. */
function keyAndDiagnostics(a: string, b: string): { key: string; json: string } {
  const texts: Record<string, string> = { 'a.txt': a, 'b.txt': b };
  const { linter } = lintFixtures(texts);
  const maps = new Map<string, PositionMap>();
  for (const [uri, text] of Object.entries(texts)) {
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    maps.set(uri, { range: (s, e) => ({ start: doc.positionAt(s), end: doc.positionAt(e) }) });
  }
  const findings = linter.findings('b.txt');
  assert.ok(findings.some((f) => f.related?.some((r) => r.uri === 'a.txt')), 'b.txt links to a.txt');
  const mapFor = (u: string): PositionMap | undefined => maps.get(u);
  const key = diagnosticsKey(findings, 100, 'b', mapFor);
  const json = JSON.stringify(findings.map((f) => toDiagnostic(f, maps.get('b.txt') as PositionMap, mapFor)));
  return { key, json };
}

describe('diagnosticsKey', () => {
  const a = 'Fighting in the north\nSDF fighters advanced into Raqqa on Monday, the coalition said.\nThe battle for Raqqa began in June, the coalition said.';
  const b = 'The coalition said SDF fighters were advancing in Raqqah on Tuesday.';
  const base = keyAndDiagnostics(a, b);

  it('stays the same when another article moves a related location by offset but not by line and character', () => {
    // a space typed at the end of the headline: the later lines' offsets move, their columns do not
    const moved = keyAndDiagnostics(a.replace('in the north', 'in the north '), b);
    assert.equal(moved.json, base.json);
    assert.equal(moved.key, base.key);
  });

  it('changes when what the client shows changes: a related column, or the article\'s own finding', () => {
    const column = keyAndDiagnostics(a.replace('SDF fighters', 'SDF  fighters'), b);
    assert.notEqual(column.json, base.json);
    assert.notEqual(column.key, base.key);
    const own = keyAndDiagnostics(a, b.replace('Raqqah', 'Rakka'));
    assert.notEqual(own.json, base.json);
    assert.notEqual(own.key, base.key);
  });
});
