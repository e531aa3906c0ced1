/**
 * Protocol tests: the bundled server (server/out/server.js --stdio), spoken to as VS Code does,
 * on a copy of the seeds.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, Location, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { DEV_CORPUS, SERVER_ARGS } from '../support/paths';
import { runCli, seedsCopy, tempDir } from '../support/run';
import { msg, offsetAt, positionAt, TestClient } from './client';

const FILES = ['000_182e133c1ec3cae5.txt', '001_75a363b080b93bbf.txt', '002_fbea8be6aa26a62d.txt', '003_f6ccdedc63dd298a.txt', '004_0ac5a133c187e68b.txt'];

function codes(diags: Diagnostic[] | undefined): string[] {
  return (diags ?? []).map((d) => String(d.code));
}

describe('language server over stdio', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: ReturnType<typeof seedsCopy>;
  const uri = (name: string): string => pathToFileURL(join(dir.seeds, name)).href;
  const text = (name: string): string => readFileSync(join(dir.seeds, name), 'utf8');

  beforeEach(async () => {
    dir = seedsCopy();
    client = new TestClient({ settings: { debounce: 20 } });
    await client.initialize(dir.dir);
    await client.ready();
  });
  afterEach(async () => {
    await client.shutdown();
    dir.cleanup();
  });

  it('publishes diagnostics for all five articles without opening them, with progress and status', async () => {
    await client.until(() => FILES.every((f) => client.diagnostics.has(uri(f))), 'diagnostics for every seed');
    const variant = client.diagnostics.get(uri(FILES[2]))?.find((d) => d.code === 'spelling-variant' && msg(d).startsWith('"Raqqah"'));
    assert.ok(variant, 'Raqqah is reported in 002');
    assert.equal(variant.source, 'corpus-lint');
    assert.equal(variant.codeDescription?.href.endsWith('README.md#spelling-variant'), true);
    const conflict = client.diagnostics.get(uri(FILES[1]))?.find((d) => d.code === 'figure-conflict');
    assert.equal(conflict?.relatedInformation?.[0].location.uri, uri(FILES[3]));
    assert.ok(client.progress.length >= 2, 'work-done progress was reported');
    const ready = client.statuses.find((s) => s.state === 'ready');
    assert.equal(ready?.total, 5);
    assert.ok((ready?.problems ?? 0) > 20);
    // where the scan's time went, stage by stage, in the output channel
    const scanned = client.logs.find((l) => l.startsWith('scanned 5 articles'));
    assert.match(scanned ?? '', /\(listing \d+ ms, reading \d+ ms, analysing \d+ ms, indexing \d+ ms, publishing \d+ ms\); \d+ problems$/);
  });

  it('logs the stages of an edit\'s own publication when CORPUS_LINT_TIMING is set, and only then', async () => {
    const timed = new TestClient({ settings: { debounce: 20 }, env: { CORPUS_LINT_TIMING: '1' } });
    try {
      await timed.initialize(dir.dir);
      await timed.ready();
      for (const c of [client, timed]) {
        const u = c.open(join(dir.seeds, FILES[2]));
        await c.until(() => c.diagnosticVersions.get(u) === c.version(u), 'the opened article');
        const version = c.change(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Raqqah ');
        await c.until(() => c.diagnosticVersions.get(u) === version, 'the analysis of the edit');
        if (c === client) continue;
        const line = await c.until(() => c.logs.find((l) => l.startsWith(`edit timing (version ${version}): `)), 'the timing of the edit');
        assert.match(line, /: analyse \d+\.\d{3} ms, index \d+\.\d{3} ms, findings \d+\.\d{3} ms, convert \d+\.\d{3} ms, send \d+\.\d{3} ms$/);
      }
      assert.ok(!client.logs.some((l) => l.startsWith('edit timing')), 'no timing without the variable');
    } finally {
      await timed.shutdown();
    }
  });

  it('an edit in one article updates another article\'s diagnostics', async () => {
    const u003 = client.open(join(dir.seeds, FILES[3]));
    await client.until(() => codes(client.diagnostics.get(uri(FILES[1]))).includes('figure-conflict'), 'the conflict in 001');
    const t = text(FILES[3]);
    const at = t.indexOf('2,500');
    client.change(u003, { start: positionAt(t, at), end: positionAt(t, at + 5) }, '3,500');
    // The edited article is published first, the articles it affects right after.
    await client.until(() => client.diagnosticVersions.get(u003) === client.version(u003), 'the analysis of the edit');
    assert.ok(!codes(client.diagnostics.get(u003)).includes('figure-conflict'));
    await client.until(() => !codes(client.diagnostics.get(uri(FILES[1]))).includes('figure-conflict'), 'the conflict in 001 going away');
  });

  it('publishes an opened or edited article once, not again when the pause for moved locations ends', async () => {
    await client.until(() => FILES.every((f) => client.diagnostics.has(uri(f))), 'the scan');
    const count = (u: string): number => client.published.filter((p) => p === u).length;
    const u = uri(FILES[1]);
    const before = count(u);
    client.open(join(dir.seeds, FILES[1]));
    await client.until(() => client.diagnosticVersions.get(u) === 1, 'the opened article');
    // past the debounce of the change that opening reports too
    await new Promise((ok) => setTimeout(ok, 300));
    const t = text(FILES[1]);
    // a word typed before "Raqqa": the article's own examples of the city move with it
    const version = client.change(u, { start: positionAt(t, t.indexOf('Raqqa')), end: positionAt(t, t.indexOf('Raqqa')) }, 'the ');
    await client.until(() => client.diagnosticVersions.get(u) === version, 'the edited article');
    // moved locations are re-published 500 ms after the last edit
    await new Promise((ok) => setTimeout(ok, 1200));
    assert.equal(count(u) - before, 2, 'once opened, once edited');
  });

  it('re-publishes another article\'s related locations that an edit moved, after a pause', async () => {
    const u002 = client.open(join(dir.seeds, FILES[2]));
    // 000's "U.S." finding points at the first "US" of 002, on line 4
    const exampleIn002 = () =>
      client.diagnostics
        .get(uri(FILES[0]))
        ?.find((d) => msg(d).startsWith('"U.S."'))
        ?.relatedInformation?.find((r) => r.location.uri === u002)?.location.range.start;
    const before = await client.until(() => exampleIn002(), 'the example in 002');
    assert.equal(before.line, 3);
    client.change(u002, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, 'Xx ');
    await client.until(() => exampleIn002()?.character === before.character + 3, 'the example moved by the edit');
  });

  it('offers the quick-fix tiers, with edits at the document version', async () => {
    const u = client.open(join(dir.seeds, FILES[2]));
    const diag = await client.until(() => client.diagnostics.get(u)?.find((d) => d.code === 'spelling-variant' && msg(d).startsWith('"Raqqah"')), 'the Raqqah diagnostic');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: diag.range,
      context: { diagnostics: [diag], only: ['quickfix'] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Replace "Raqqah" with "Raqqa"',
      'Replace every variant of "Raqqa" in the workspace',
      'Accept "Raqqah" as a valid spelling (.corpuslintrc.json)',
      'Dismiss this spelling-variant finding (.corpuslintrc.json)',
      'Fix all safe Corpus Lint problems in this file',
    ]);
    const edit = (actions[0].edit?.documentChanges?.[0] as TextDocumentEdit);
    assert.deepEqual(edit.textDocument, { uri: u, version: client.version(u) });
    assert.deepEqual(edit.edits, [{ range: diag.range, newText: 'Raqqa' }]);
    assert.equal(actions[0].isPreferred, true);
    // the workspace tier is resolved on demand
    const resolved = (await client.connection.sendRequest('codeAction/resolve', actions[1])) as CodeAction;
    const changes = resolved.edit?.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => c.textDocument.uri), [u]);
    // fix-all for codeActionsOnSave
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: diag.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll[0]?.kind, 'source.fixAll.corpusLint');
    const all = (fixAll[0].edit?.documentChanges?.[0] as TextDocumentEdit).edits.map((e) => ('newText' in e ? e.newText : ''));
    assert.deepEqual(all, ['Bashar al-Assad', 'Raqqa']);
  });

  it('answers a fix-all asked for before a change is analysed from the text as it is now', async () => {
    // codeActionsOnSave asks right after typing: the change still waits for its debounce (or
    // for the save, with run: onSave), and the last findings' offsets belong to the older text
    await client.shutdown();
    client = new TestClient({ settings: { debounce: 60000 } });
    await client.initialize(dir.dir);
    await client.ready();
    const u = client.open(join(dir.seeds, FILES[2]));
    await client.until(() => client.diagnostics.get(u)?.some((d) => msg(d).startsWith('"Raqqah"')), 'the Raqqah diagnostic');
    const version = client.change(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Xyzzy. ');
    const now = 'Xyzzy. ' + text(FILES[2]);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const edit = fixAll[0]?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(edit, 'a fix-all for the text as it is now');
    assert.equal(edit.textDocument.version, version);
    const replaced = edit.edits.map((e) => now.slice(offsetAt(now, e.range.start), offsetAt(now, e.range.end)));
    assert.deepEqual(replaced, ['Bashar al Assad', 'Raqqah']);
  });

  it('offers no fix for a diagnostic of an earlier version whose finding moved, and fixes the finding where it is now', async () => {
    const u = client.open(join(dir.seeds, FILES[2]));
    const old = await client.until(() => client.diagnostics.get(u)?.find((d) => msg(d).startsWith('"Raqqah"')), 'the Raqqah diagnostic');
    // typed before it on its line: the old range now holds other text
    client.change(u, { start: { line: old.range.start.line, character: 0 }, end: { line: old.range.start.line, character: 0 } }, 'Xyzzy ');
    const ask = async (d: Diagnostic): Promise<CodeAction[]> =>
      (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
    assert.deepEqual((await ask(old)).map((a) => a.title), []);
    const moved = await client.until(() => client.diagnostics.get(u)?.find((d) => msg(d).startsWith('"Raqqah"') && d.range.start.character === old.range.start.character + 6), 'the moved diagnostic');
    const fix = (await ask(moved)).find((a) => a.title === 'Replace "Raqqah" with "Raqqa"');
    const edit = fix?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.deepEqual(edit?.textDocument, { uri: u, version: client.version(u) });
    assert.deepEqual(edit?.edits, [{ range: moved.range, newText: 'Raqqa' }]);
  });

  it('inserts an attribution placeholder as a snippet when the client supports it', async () => {
    await client.shutdown();
    client = new TestClient({ settings: { debounce: 20 }, snippetEdits: true });
    await client.initialize(dir.dir);
    await client.ready();
    const u = client.open(join(dir.seeds, FILES[2]));
    const diag = await client.until(() => client.diagnostics.get(u)?.find((d) => d.code === 'unattributed-claim'), 'an unattributed claim');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    const insert = actions.find((a) => a.title === 'Insert an attribution placeholder');
    const e = (insert?.edit?.documentChanges?.[0] as TextDocumentEdit).edits[0] as unknown as { snippet: { kind: string; value: string }; range: Diagnostic['range'] };
    assert.deepEqual(e.snippet, { kind: 'snippet', value: ', according to ${1:source}' });
    assert.deepEqual(e.range.start, e.range.end);
    assert.equal(e.range.start.character, diag.range.end.character - 1, 'before the final period');
  });

  it('accepting a spelling writes .corpuslintrc.json and clears the finding', async () => {
    const u = client.open(join(dir.seeds, FILES[2]));
    const diag = await client.until(() => client.diagnostics.get(u)?.find((d) => msg(d).startsWith('"Raqqah"')), 'the Raqqah diagnostic');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    const accept = actions.find((a) => a.title.startsWith('Accept'));
    assert.ok(accept?.command);
    const applied = await client.connection.sendRequest('workspace/executeCommand', accept.command);
    assert.equal(applied, true);
    assert.deepEqual(JSON.parse(readFileSync(join(dir.dir, '.corpuslintrc.json'), 'utf8')).accepted, ['Raqqah']);
    await client.until(() => !client.diagnostics.get(u)?.some((d) => msg(d).startsWith('"Raqqah"')), 'Raqqah to be accepted');
  });

  it('hover on "Raqqa" in 000 shows the spellings and the figures stated about Raqqa', async () => {
    const u = client.open(join(dir.seeds, FILES[0]));
    await client.until(() => client.diagnostics.has(u), 'diagnostics of 000');
    const t = text(FILES[0]);
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionAt(t, t.indexOf('Raqqa') + 2) })) as Hover;
    const md = (h.contents as { value: string }).value;
    assert.match(md, /^\*\*Raqqa\*\* · place/);
    assert.match(md, /- \*\*Raqqa\*\* ×\d+ — /);
    // each article's link goes to the spelling's first mention there (002 writes Raqqah on line 10)
    assert.match(md, /- Raqqah ×1 — \[002_fbea8be6aa26a62d\.txt\]\(file:[^)]*#L10\)/);
    assert.match(md, /- \*\*Raqqa\*\* ×\d+ — \[000_182e133c1ec3cae5\.txt\]\(file:[^)]*#L3\), \[001_75a363b080b93bbf\.txt\]\(file:[^)]*#L3\), \[002_fbea8be6aa26a62d\.txt\]\(file:[^)]*#L1\), \[003_f6ccdedc63dd298a\.txt\]\(file:[^)]*#L7\)/);
    assert.match(md, /Figures stated about Raqqa:/);
    assert.match(md, /⚠ \*\*3,000-4,000 fighters \(force size\)\*\* — \[001_75a363b080b93bbf\.txt\]\(file:.*#L16\), 2017-06-18 \(conflicts\)/);
    assert.match(md, /⚠ \*\*2,500 fighters \(force size\)\*\* — \[003_f6ccdedc63dd298a\.txt\].*, undated \(conflicts\)/);
  });

  it('references and rename cover every article and every spelling', async () => {
    const u = client.open(join(dir.seeds, FILES[2]));
    await client.until(() => client.diagnostics.has(u), 'diagnostics of 002');
    const t = text(FILES[2]);
    const pos = positionAt(t, t.indexOf('Raqqah') + 1);
    const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: u }, position: pos, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual([...new Set(refs.map((r) => r.uri))].sort(), FILES.map(uri));
    const total = FILES.reduce((n, f) => n + (text(f).match(/Raqqa/g) ?? []).length, 0);
    assert.equal(refs.length, total);
    const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: u }, position: pos, newName: 'Ar-Raqqa' })) as WorkspaceEdit;
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.equal(changes.length, 5);
    assert.equal(changes.reduce((n, c) => n + c.edits.length, 0), total);
    assert.ok(changes.every((c) => c.edits.every((e) => 'newText' in e && e.newText === 'Ar-Raqqa')));
    assert.equal(changes.find((c) => c.textDocument.uri === u)?.textDocument.version, client.version(u));
    assert.equal(changes.find((c) => c.textDocument.uri !== u)?.textDocument.version, null);
  });

  it('lists entities and figures in the outline, and finds entities by name', async () => {
    const u = client.open(join(dir.seeds, FILES[1]));
    await client.until(() => client.diagnostics.has(u), 'diagnostics of 001');
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as { name: string; detail: string }[];
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Raqqa') && names.includes('ISIS') && names.includes('3,000-4,000 fighters (force size)'), names.join(', '));
    const ws = (await client.connection.sendRequest('workspace/symbol', { query: 'deir' })) as { name: string; location: Location }[];
    assert.deepEqual(ws.map((s) => s.name), ['Deir Ezzor']);
  });

  it('answers a malformed request with an error and keeps serving', async () => {
    await assert.rejects(client.connection.sendRequest('textDocument/hover', { position: { line: 0 } }));
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri(FILES[0]) }, position: { line: 0, character: 0 }, newName: 'x' }));
    const u = client.open(join(dir.seeds, FILES[0]));
    await client.until(() => client.diagnostics.has(u), 'diagnostics of 000');
    const t = text(FILES[0]);
    const h = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionAt(t, t.indexOf('Raqqa')) });
    assert.ok(h, 'still answering');
    assert.ok(client.alive);
  });

  it('follows files created, changed and deleted on disk', async () => {
    const extra = join(dir.seeds, '005_new.txt');
    writeFileSync(extra, 'Fighting continued in Raqqah and in Deir al-Zor on Monday, a monitor said.');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(extra).href, type: 1 }] });
    await client.until(() => client.diagnostics.get(pathToFileURL(extra).href)?.some((d) => msg(d).startsWith('"Deir al-Zor"')), 'the new article');
    writeFileSync(extra, 'All quiet.');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(extra).href, type: 2 }] });
    await client.until(() => client.diagnostics.get(pathToFileURL(extra).href)?.length === 0, 'the changed article');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(extra).href, type: 3 }] });
    await client.until(() => client.statuses.length > 0 && client.diagnostics.get(pathToFileURL(extra).href)?.length === 0, 'the deleted article');
  });

  it('dates an undated article and names outlets from a metadata.csv created, changed and deleted beside the articles', async () => {
    const conflict = (name: string): string => {
      const d = client.diagnostics.get(uri(name))?.find((x) => x.code === 'figure-conflict');
      return d ? msg(d) : '';
    };
    await client.until(() => conflict(FILES[3]).startsWith('2,500 fighters'), 'the conflict of the undated 003');
    assert.match(conflict(FILES[3]), /^2,500 fighters \(force size\) in Raqqa conflicts with/);
    const metadata = join(dir.dir, 'metadata.csv');
    const notify = (type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(metadata).href, type }] });
    writeFileSync(metadata, 'id,date\n003_f6ccdedc63dd298a,2017-06-20\n');
    await notify(1);
    await client.until(() => conflict(FILES[3]).includes('in an article dated 2017-06-20 (by its metadata)'), '003 dated by the metadata');
    await client.until(() => conflict(FILES[1]).endsWith('stated in 003_f6ccdedc63dd298a.txt (2017-06-20).'), '001 naming 003\'s date');
    // an outlet named for 003: 001's message says whose article it is; its own date unchanged
    writeFileSync(metadata, 'id,outlet,date\n003_f6ccdedc63dd298a,Reuters,2017-06-20\n');
    await notify(2);
    await client.until(() => conflict(FILES[1]).endsWith('stated in 003_f6ccdedc63dd298a.txt (Reuters, 2017-06-20).'), '001 naming 003\'s outlet');
    // two years apart: no longer one quantity
    writeFileSync(metadata, 'id,date\n003_f6ccdedc63dd298a,2015-06-20\n');
    await notify(2);
    await client.until(() => !client.diagnostics.get(uri(FILES[1]))?.some((d) => d.code === 'figure-conflict'), 'the conflict gone');
    rmSync(metadata);
    await notify(3);
    await client.until(() => conflict(FILES[3]).startsWith('2,500 fighters (force size) in Raqqa conflicts with'), 'undated again');
  });

  it('hover on a discovered name gives its canonical spelling and what it reads as', async () => {
    const a = join(dir.seeds, '005_haddour.txt');
    const b = join(dir.seeds, '006_haddour.txt');
    writeFileSync(a, 'Colonel Karim Haddour spoke on Monday. Commander Karim Haddour said the road was cut. Shells killed 12 people in Tal Khanzir, the Observatory said. Residents fled Tal Khanzir.');
    writeFileSync(b, 'Commander Karim al-Haddour said the road was open again. Shells killed 15 people in Tal Khanzeer, activists said.');
    const changes = (type: number): { uri: string; type: number }[] => [a, b].map((f) => ({ uri: pathToFileURL(f).href, type }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes(1) });
    const ub = client.open(b);
    await client.until(() => client.diagnostics.get(ub)?.some((d) => msg(d).startsWith('"Karim al-Haddour"')), 'the discovered variant');
    const t = readFileSync(b, 'utf8');
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ub }, position: positionAt(t, t.indexOf('al-Haddour')) })) as Hover;
    const md = (h.contents as { value: string }).value;
    assert.match(md, /^\*\*Karim Haddour\*\* · person \(name found in the corpus\)/);
    assert.match(md, /Canonical spelling: \*\*Karim Haddour\*\* \(the corpus majority\)/);
    assert.match(md, /- \*\*Karim Haddour\*\* ×2 — \[005_haddour\.txt\]/);
    assert.match(md, /- Karim al-Haddour ×1 — \[006_haddour\.txt\]/);
    // a place the list does not know, with the figures stated about it in either spelling
    const hp = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ub }, position: positionAt(t, t.indexOf('Khanzeer')) })) as Hover;
    const place = (hp.contents as { value: string }).value;
    assert.match(place, /^\*\*Tal Khanzir\*\* · place \(name found in the corpus\)/);
    assert.match(place, /Figures stated about Tal Khanzir:\n\n- \*\*12 people killed\*\* — \[005_haddour\.txt\].*\n- \*\*15 people killed\*\* — \[006_haddour\.txt\]/);
    rmSync(a);
    rmSync(b);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes(3) });
    await client.until(() => client.diagnostics.get(ub)?.length === 0, 'the deleted articles');
  });

  it('turning a rule off in the settings takes effect without a restart', async () => {
    await client.until(() => codes(client.diagnostics.get(uri(FILES[4]))).includes('entity-alias'), 'alias findings');
    (client as unknown as { options: { settings: Record<string, unknown> } }).options.settings = { debounce: 20, rules: { 'entity-alias': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => FILES.every((f) => !codes(client.diagnostics.get(uri(f))).includes('entity-alias')), 'no alias findings');
  });

  it('reports bad input and keeps serving', async () => {
    await client.shutdown();
    write(dir.seeds, 'binary.txt', Uint8Array.from([1, 2, 0, 3]));
    write(dir.seeds, 'latin1.txt', Uint8Array.from([0x52, 0xe9, 0x74]));
    write(dir.seeds, 'crlf.txt', 'The city of Raqqah fell.\r\nDeir al-Zor held.\r\n');
    write(dir.seeds, 'bom.txt', '\uFEFFRaqqah fell, the SDF said.');
    write(dir.seeds, 'huge.txt', 'Raqqa fell. '.repeat(1_800_000));
    client = new TestClient({ settings: { debounce: 20 } });
    await client.initialize(dir.dir);
    await client.ready();
    const d = (name: string): Diagnostic[] => client.diagnostics.get(uri(name)) ?? [];
    await client.until(() => ['binary.txt', 'latin1.txt', 'huge.txt', 'crlf.txt', 'bom.txt'].every((n) => client.diagnostics.has(uri(n))), 'diagnostics for the bad files');
    assert.match(msg(d('binary.txt')[0]), /^Not linted: binary file/);
    assert.match(msg(d('latin1.txt')[0]), /^Not linted: invalid UTF-8 at byte 1/);
    assert.match(msg(d('huge.txt')[0]), /^Not linted: file is 20\.6 MB, over the 10\.0 MB limit/);
    assert.ok(client.logs.some((l) => l.includes('binary.txt: binary file')));
    const crlf = d('crlf.txt').find((x) => msg(x).startsWith('"Raqqah"'));
    assert.deepEqual(crlf?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 18 } });
    assert.deepEqual(d('crlf.txt').find((x) => msg(x).startsWith('"Deir al-Zor"'))?.range.start, { line: 1, character: 0 });
    assert.deepEqual(d('bom.txt').find((x) => msg(x).startsWith('"Raqqah"'))?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, 'columns as the editor shows them, without the BOM');
    assert.ok(client.alive);
  });
});

describe('language server: analyses cached between sessions', function () {
  this.timeout(60000);

  it('a restart analyses only the articles that changed, with the same diagnostics', async () => {
    const dir = seedsCopy();
    const cacheDir = join(dir.dir, 'storage');
    const session = async (): Promise<{ logs: string[]; diagnostics: Map<string, Diagnostic[]> }> => {
      const client = new TestClient({ cacheDir });
      await client.initialize(dir.dir);
      await client.ready();
      // the cache is written after the diagnostics are out
      for (let i = 0; i < 200 && !(existsSync(cacheDir) && readdirSync(cacheDir).some((f) => f.endsWith('.corpuslintcache'))); i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      await client.shutdown();
      return { logs: client.logs, diagnostics: client.diagnostics };
    };
    try {
      const first = await session();
      assert.ok(first.logs.some((l) => l.includes('0 analyses from the cache, 5 analysed')), first.logs.join('\n'));
      const second = await session();
      assert.ok(second.logs.some((l) => l.includes('5 analyses from the cache, 0 analysed')), second.logs.join('\n'));
      assert.deepEqual(second.diagnostics, first.diagnostics);
      const name = join(dir.seeds, '002_fbea8be6aa26a62d.txt');
      writeFileSync(name, readFileSync(name, 'utf8').replace('Raqqah', 'Raqqa'));
      const third = await session();
      assert.ok(third.logs.some((l) => l.includes('4 analyses from the cache, 1 analysed')), third.logs.join('\n'));
      const u = pathToFileURL(name).href;
      assert.ok(!(third.diagnostics.get(u) ?? []).some((d) => msg(d).startsWith('"Raqqah"')), 'the changed article was analysed again');
    } finally {
      dir.cleanup();
    }
  });
});

describe('language server: the file watchers it registers', function () {
  this.timeout(60000);

  it('watches articles, configurations, metadata.csv and the metadata file a configuration names, and follows that file', async () => {
    const dir = seedsCopy();
    const client = new TestClient({ watchers: true });
    const data = join(dir.dir, 'data');
    const sources = join(data, 'sources.csv');
    const config = join(dir.dir, '.corpuslintrc.json');
    mkdirSync(data);
    writeFileSync(sources, 'file,outlet,date\n003_f6ccdedc63dd298a.txt,Reuters,2017-06-20\n');
    writeFileSync(config, JSON.stringify({ metadata: 'data/sources.csv' }));
    const conflict = (name: string): string => {
      const d = client.diagnostics.get(pathToFileURL(join(dir.seeds, name)).href)?.find((x) => x.code === 'figure-conflict');
      return d ? msg(d) : '';
    };
    const watchers = (): unknown[] => [...client.registrations.values()]
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
    const changed = (path: string, type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type }] });
    try {
      await client.initialize(dir.dir);
      await client.ready();
      // the fixed globs at once, then (one registration replacing the other) the file named
      await client.until(() => watchers().length === 4, 'the watchers');
      assert.deepEqual(watchers(), ['**/*.txt', '**/.corpuslintrc.json', '**/metadata.csv', { baseUri: pathToFileURL(data).href, pattern: 'sources.csv' }]);
      await client.until(() => conflict(FILES[1]).endsWith('stated in 003_f6ccdedc63dd298a.txt (Reuters, 2017-06-20).'), '001 naming 003\'s outlet from data/sources.csv');
      // the named file changes: followed as a metadata.csv is
      writeFileSync(sources, 'file,outlet,date\n003_f6ccdedc63dd298a.txt,AFP,2017-06-20\n');
      await changed(sources, 2);
      await client.until(() => conflict(FILES[1]).endsWith('(AFP, 2017-06-20).'), 'the new outlet');
      // the configuration names a file that is not there: a warning, no metadata, and the watchers follow
      writeFileSync(config, JSON.stringify({ metadata: ['data/other.csv'] }));
      await changed(config, 2);
      await client.until(() => client.shown.some((m) => /\.corpuslintrc\.json: "metadata": .*other\.csv: cannot read article metadata/.test(m)), 'the warning');
      await client.until(() => conflict(FILES[3]).startsWith('2,500 fighters (force size) in Raqqa conflicts with'), '003 undated again');
      await client.until(() => watchers().some((w) => (w as { pattern?: string }).pattern === 'other.csv'), 'the new watcher');
      await client.until(() => watchers().filter((w) => typeof w === 'object').length === 1, 'the old registration withdrawn');
      assert.equal(watchers().length, 4);
      assert.ok(client.alive);
    } finally {
      await client.shutdown();
      dir.cleanup();
    }
  });
});

/**
 * A folder of 20 dev articles and export.txt, the 40 before them run together as a news
 * database exports them (~450 problems in one file).
 */
function exportWorkspace(): { dir: string; articles: string; long: string } {
  const dir = tempDir();
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  const names = readdirSync(join(DEV_CORPUS, 'articles')).sort();
  for (const n of names.slice(40, 60)) copyFileSync(join(DEV_CORPUS, 'articles', n), join(articles, n));
  const long = join(articles, 'export.txt');
  writeFileSync(long, names.slice(0, 40).map((n) => readFileSync(join(DEV_CORPUS, 'articles', n), 'utf8')).join('\n\n'));
  return { dir, articles, long };
}

describe('language server: a large workspace', function () {
  this.timeout(60000);

  it('publishes the articles open in the editor first', async () => {
    const dir = tempDir();
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    const names = readdirSync(join(DEV_CORPUS, 'articles')).sort().slice(0, 150);
    for (const n of names) copyFileSync(join(DEV_CORPUS, 'articles', n), join(articles, n));
    const client = new TestClient();
    try {
      await client.initialize(dir);
      // opened as the editor restores its tabs, while the server is still scanning
      const opened = client.open(join(articles, names[names.length - 1]));
      await client.ready();
      await client.until(() => client.published.length >= names.length, 'diagnostics for every article');
      assert.equal(client.published[0], opened, 'the last article by name, open in the editor, comes first');
      assert.equal(new Set(client.published).size, names.length);
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows at most maxProblemsPerFile problems of a long file, the most severe first, and counts them all', async () => {
    const { dir, articles, long } = exportWorkspace();
    // what the CLI reports for the same folder: every problem
    const run = runCli([articles, '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    const all = report.find((f) => f.filePath.endsWith('export.txt'))?.messages ?? [];
    const weak = all.filter((m) => m.ruleId === 'weak-attribution');
    assert.ok(all.length > 300 && weak.length > 10 && weak.length < 100, `${all.length} problems, ${weak.length} vague attributions`);
    // vague attributions raised to errors: shown first, although the first 100 by position hold fewer
    assert.ok(all.slice(0, 100).filter((m) => m.ruleId === 'weak-attribution').length < weak.length);
    const settings = { debounce: 0, maxProblemsPerFile: 100, rules: { 'weak-attribution': 'error' } };
    const client = new TestClient({ settings });
    try {
      await client.initialize(dir);
      await client.ready();
      const uri = pathToFileURL(long).href;
      const shown = client.diagnostics.get(uri) ?? [];
      assert.equal(shown.length, 101, 'the first 100 and a last one that counts the rest');
      const last = shown[100];
      assert.equal(last.severity, 3);
      assert.match(msg(last), new RegExp(`^${all.length - 100} more problems in this file not shown: the editor shows at most 100 \\(corpusLint\\.maxProblemsPerFile\\)`));
      assert.equal(shown.filter((d) => d.code === 'weak-attribution' && d.severity === 1).length, weak.length, 'every error is shown');
      const starts = shown.slice(0, 100).map((d) => d.range.start.line * 1e6 + d.range.start.character);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'in order of position');
      // the status counts every problem, as the CLI does
      const problems = report.reduce((n, f) => n + f.messages.length, 0);
      assert.equal(client.statuses.filter((s) => s.state === 'ready').at(-1)?.problems, problems);
      // a higher limit, without a restart: all of them, no last one
      (client as unknown as { options: { settings: Record<string, unknown> } }).options.settings = { ...settings, maxProblemsPerFile: 5000 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.diagnostics.get(uri)?.length === all.length, 'every problem of the long file');
      assert.deepEqual(
        client.diagnostics.get(uri)?.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1]),
        all.map((m) => [m.ruleId, m.line, m.column]),
      );
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('analyses a long open article in a worker thread: requests are answered meanwhile, the newest version is published', async () => {
    const { dir, articles, long } = exportWorkspace();
    // every dev article twice, run together: ~1.9 MB, over the length analysed in a worker
    const devNames = readdirSync(join(DEV_CORPUS, 'articles')).sort();
    const once = devNames.map((n) => readFileSync(join(DEV_CORPUS, 'articles', n), 'utf8')).join('\n\n');
    let text = `${once}\n\n${once}`;
    writeFileSync(long, text);
    const client = new TestClient({ settings: { debounce: 0, maxProblemsPerFile: 100_000 } });
    try {
      await client.initialize(dir);
      await client.ready();
      // export.txt first, then the 20 articles
      const smallPath = join(articles, readdirSync(articles).sort()[1]);
      const small = client.open(smallPath);
      const smallText = readFileSync(smallPath, 'utf8');
      const uri = client.open(long);
      await client.until(() => client.diagnosticVersions.get(uri) === 1, 'the long article\'s diagnostics');
      // the server idle (the articles whose related locations moved are published after a pause)
      for (let seen = -1; seen !== client.published.length; ) {
        seen = client.published.length;
        await new Promise((ok) => setTimeout(ok, 800));
      }
      const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      let version = client.change(uri, at, 'x');
      text = `x${text}`;
      await new Promise((ok) => setTimeout(ok, 100));
      // in this thread, the analysis of 1.9 MB held the hover back until its diagnostics were out
      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: small },
        position: positionAt(smallText, smallText.search(/\bSyria\b/) + 1),
      })) as Hover | null;
      assert.notEqual(client.diagnosticVersions.get(uri), version, 'the hover is answered while the article is analysed');
      assert.match((hover?.contents as { value: string } | undefined)?.value ?? '', /^\*\*Syria\*\* · place/);
      // two more changes while that analysis runs: the newest is analysed after it
      for (const typed of ['y', 'z']) {
        version = client.change(uri, at, typed);
        text = `${typed}${text}`;
      }
      await client.until(() => client.diagnosticVersions.get(uri) === version, 'the newest version\'s diagnostics');
      writeFileSync(long, text);
      const out = join(dir, 'report.json');
      runCli([articles, '--format', 'json', '--output-file', out], dir);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
      const expected = report.find((f) => f.filePath === long)?.messages ?? [];
      assert.ok(expected.length > 5000, `${expected.length} problems`);
      assert.deepEqual(
        client.diagnostics.get(uri)?.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1]),
        expected.map((m) => [m.ruleId, m.line, m.column]),
        'the same problems as the CLI finds in the newest text',
      );
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('to a client that reads slowly, sends an article\'s newest diagnostics, not every version\'s', async () => {
    // 40 articles run together: hundreds of diagnostics, more than the pipe holds
    const { dir, long } = exportWorkspace();
    const client = new TestClient({ settings: { debounce: 0 } });
    try {
      await client.initialize(dir);
      await client.ready();
      const uri = client.open(long);
      await client.until(() => client.diagnosticVersions.get(uri) === 1, 'the opened article\'s diagnostics');
      const size = JSON.stringify(client.diagnostics.get(uri)).length;
      // a pipe holds 64 KiB: the server's writes block while the client does not read
      assert.ok(size > 100_000, `its diagnostics fill the pipe (${size} bytes)`);
      client.pauseReading();
      const before = client.published.filter((u) => u === uri).length;
      let version = 1;
      for (let i = 0; i < 10; i++) {
        version = client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
        // time for the server to analyse each version on its own
        await new Promise((ok) => setTimeout(ok, 150));
      }
      client.resumeReading();
      await client.until(() => client.diagnosticVersions.get(uri) === version, 'the newest version\'s diagnostics');
      const sent = client.published.filter((u) => u === uri).length - before;
      assert.ok(sent <= 3, `${sent} publications of the article for 10 versions: the one being written, then the newest`);
      assert.ok(client.diagnostics.get(uri)?.some((d) => d.range.start.line === 0 && d.range.start.character >= 10), 'positions of the newest text');
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server process on stdio', () => {
  /** Starts the bundled server, sends `messages` framed as a client does, closes stdin; the exit code and the answers. */
  async function closedAfter(messages: object[]): Promise<{ code: number | null; out: string }> {
    const proc = spawn(process.execPath, [...SERVER_ARGS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    for (const m of messages) {
      const body = JSON.stringify(m);
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    // the answers first, then the client goes away without an exit notification
    for (let i = 0; i < 100 && (out.match(/Content-Length/g) ?? []).length < messages.length; i++) await new Promise((ok) => setTimeout(ok, 50));
    proc.stdin.end();
    const timer = setTimeout(() => proc.kill(), 10000);
    const code = await exited;
    clearTimeout(timer);
    return { code, out };
  }
  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

  it('exits when the client closes its end: 0 after a shutdown request, 1 without', async () => {
    const shut = await closedAfter([initialize, { jsonrpc: '2.0', id: 2, method: 'shutdown' }]);
    assert.match(shut.out, /"id":1,"result":\{"capabilities"/);
    assert.match(shut.out, /"id":2,"result":null/);
    assert.equal(shut.code, 0);
    const dropped = await closedAfter([initialize]);
    assert.match(dropped.out, /"id":1,"result":\{"capabilities"/);
    assert.equal(dropped.code, 1);
  });
});

function write(dir: string, name: string, content: string | Uint8Array): void {
  writeFileSync(join(dir, name), content);
}
