/**
 * The extension inside a real VS Code (desktop through @vscode/test-electron, or the workbench
 * that code-server bundles), on a copy of seeds/ opened as the workspace. The tests run in order
 * and build on each other, as a person's session would: open an article, read the problems, hover,
 * fix one, change a setting, fix the workspace, accept a spelling, restart. Every wait is on an
 * event (diagnostics, documents, the status the extension's API reports), with a deadline.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CorpusLintApi } from '../../../client/src/extension';
import { articles, code, EXTENSION_ID, hoverText, openArticle, ours, rangeOf, textOf, until, untilDiagnostics, untilQuickFix, withRule } from './helpers';

const same = (a: vscode.Uri, b: vscode.Uri): boolean => a.toString() === b.toString();

describe('Corpus Lint in VS Code', function () {
  this.timeout(120_000);
  let uris: vscode.Uri[];
  let api: CorpusLintApi;

  before(async () => {
    uris = await articles();
  });

  after(async () => {
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates when an article is opened, and gives it the news-article language', async () => {
    const ext = vscode.extensions.getExtension<CorpusLintApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const opened = until(
      'the article to become a news-article',
      () => vscode.workspace.textDocuments.find((d) => same(d.uri, uris[0]) && d.languageId === 'news-article'),
      [vscode.workspace.onDidOpenTextDocument],
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uris[0]));
    await opened; // only the extension gives .txt files this language
    api = await ext.activate(); // the activation under way (activate() awaits the server's start)
    assert.equal(ext.isActive, true);
    await api.ready;
    const status = api.lastStatus();
    assert.equal(status?.state, 'ready');
    assert.equal(status?.total, 5);
  });

  it('lists problems for all five articles, the ones not open included', async () => {
    await untilDiagnostics('diagnostics for all five articles', () => uris.every((u) => ours(u).length > 0));
    assert.ok(!vscode.workspace.textDocuments.some((d) => same(d.uri, uris[2])), '002 is not open');
    const raqqah = withRule(uris[2], 'spelling-variant', '"Raqqah" → "Raqqa"');
    assert.ok(raqqah, 'Raqqah is reported in 002');
    assert.equal(raqqah.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(typeof raqqah.code === 'object' ? raqqah.code.target.fragment : '', 'spelling-variant');
    assert.ok(withRule(uris[4], 'spelling-variant', '"Deir Ezzour" → "Deir Ezzor"'), 'Deir Ezzour is reported in 004');
    assert.ok(withRule(uris[4], 'entity-alias', '"Daesh" → "ISIS"'), 'Daesh is reported in 004');
    const conflict = withRule(uris[1], 'figure-conflict');
    assert.ok(conflict, 'the fighters conflict is reported in 001');
    assert.ok(same(conflict.relatedInformation?.[0]?.location.uri ?? uris[0], uris[3]), 'linked to the 2,500 in 003');
    const total = uris.reduce((n, u) => n + ours(u).length, 0);
    assert.equal(api.lastStatus()?.problems, total, 'the status bar counts what the Problems panel lists');
  });

  it('follows an article and a metadata.csv written to disk outside the editor, and their deletion', async () => {
    // the server registers its own file watchers: nothing here reaches it but those
    const folder = vscode.Uri.joinPath(uris[0], '..');
    const extra = vscode.Uri.joinPath(folder, '005_on_disk.txt');
    const metadata = vscode.Uri.joinPath(folder, 'metadata.csv');
    writeFileSync(extra.fsPath, 'Fighting continued in Raqqah on Monday, a monitor said.\n');
    await untilDiagnostics('the new article\'s problems', () => withRule(extra, 'spelling-variant', '"Raqqah" → "Raqqa"'));
    writeFileSync(metadata.fsPath, 'id,outlet,date\n003_f6ccdedc63dd298a,Reuters,2017-06-20\n');
    await untilDiagnostics('001 naming the outlet of 003', () => withRule(uris[1], 'figure-conflict')?.message.endsWith('(Reuters, 2017-06-20).'));
    rmSync(extra.fsPath);
    rmSync(metadata.fsPath);
    await untilDiagnostics('the deleted article cleared', () => ours(extra).length === 0);
    await untilDiagnostics('001 as before', () => withRule(uris[1], 'figure-conflict')?.message.endsWith('stated in 003_f6ccdedc63dd298a.txt (undated).'));
  });

  it('shows the entity card when hovering "Raqqa"', async () => {
    const doc = await vscode.workspace.openTextDocument(uris[0]);
    const at = rangeOf(doc, 'Raqqa').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hoverText(hovers);
    assert.match(md, /\*\*Raqqa\*\* · place/);
    assert.match(md, /- Raqqah ×1 — \[002_/);
    assert.match(md, /Figures stated about Raqqa:/);
    assert.match(md, /3,000-4,000 fighters \(force size\).*\(conflicts\)/);
  });

  it('offers the quick-fix tiers on "Raqqah", and the fix changes the document and clears the finding', async () => {
    const doc = await openArticle(uris[2]);
    const diag = await untilDiagnostics('the Raqqah diagnostic', () => withRule(uris[2], 'spelling-variant', '"Raqqah"'));
    const actions = await untilQuickFix(doc.uri, diag.range, 'Replace "Raqqah" with "Raqqa"');
    const titles = actions.map((a) => a.title);
    for (const t of [
      'Replace "Raqqah" with "Raqqa"',
      'Replace every variant of "Raqqa" in the workspace',
      'Accept "Raqqah" as a valid spelling (.corpuslintrc.json)',
      'Dismiss this spelling-variant finding (.corpuslintrc.json)',
      'Fix all safe Corpus Lint problems in this file',
    ]) {
      assert.ok(titles.includes(t), `"${t}" is offered (got: ${titles.join(' | ')})`);
    }
    const replace = actions.find((a) => a.title === 'Replace "Raqqah" with "Raqqa"');
    assert.ok(replace?.edit, 'the fix carries its edit');
    assert.equal(await vscode.workspace.applyEdit(replace.edit), true);
    assert.equal(doc.getText(new vscode.Range(diag.range.start, diag.range.start.translate(0, 5))), 'Raqqa');
    assert.ok(!doc.getText().includes('Raqqah'));
    await untilDiagnostics('the Raqqah finding to clear', () => !withRule(uris[2], 'spelling-variant', '"Raqqah"'));
    assert.ok(withRule(uris[2], 'spelling-variant', '"Bashar al Assad"'), 'the other variant in 002 stays');
    assert.equal(await doc.save(), true);
    assert.ok(!readFileSync(uris[2].fsPath, 'utf8').includes('Raqqah'), 'saved to disk');
  });

  it('updates another article when an edit removes a conflict', async () => {
    const doc = await openArticle(uris[3]);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, '2,500'), '3,500');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await untilDiagnostics('the conflict in 001 to clear', () => !withRule(uris[1], 'figure-conflict') && !withRule(uris[3], 'figure-conflict'));
    const undo = new vscode.WorkspaceEdit();
    undo.replace(doc.uri, rangeOf(doc, '3,500'), '2,500');
    assert.equal(await vscode.workspace.applyEdit(undo), true);
    await untilDiagnostics('the conflict to come back after the edit is undone', () => withRule(uris[1], 'figure-conflict'));
  });

  it('turns a rule off and on from the settings, without a restart', async () => {
    const config = vscode.workspace.getConfiguration('corpusLint');
    const claims = (): number => uris.reduce((n, u) => n + ours(u).filter((d) => code(d) === 'unattributed-claim').length, 0);
    assert.ok(claims() > 0);
    await config.update('rules.unattributed-claim', 'off', vscode.ConfigurationTarget.Workspace);
    await untilDiagnostics('no unattributed-claim findings', () => claims() === 0 && uris.every((u) => ours(u).length > 0));
    await config.update('rules.unattributed-claim', 'error', vscode.ConfigurationTarget.Workspace);
    await untilDiagnostics('unattributed claims as errors', () => claims() > 0 && uris.every((u) => ours(u).every((d) => code(d) !== 'unattributed-claim' || d.severity === vscode.DiagnosticSeverity.Error)));
    await config.update('rules.unattributed-claim', undefined, vscode.ConfigurationTarget.Workspace);
    await untilDiagnostics('unattributed claims as warnings again', () => uris.some((u) => ours(u).some((d) => code(d) === 'unattributed-claim' && d.severity === vscode.DiagnosticSeverity.Warning)));
  });

  it('registers and runs its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['corpusLint.restartServer', 'corpusLint.lintWorkspace', 'corpusLint.showOutput', 'corpusLint.fixAllWorkspace']) {
      assert.ok(all.includes(c), `${c} is registered`);
    }
    const linted = await vscode.commands.executeCommand<{ problems: number }>('corpusLint.lintWorkspace');
    assert.equal(linted.problems, uris.reduce((n, u) => n + ours(u).length, 0));
    await vscode.commands.executeCommand('corpusLint.showOutput');
  });

  it('fixes every safe problem in the workspace with one edit over every article', async () => {
    const before = new Map<string, string>();
    for (const u of uris) before.set(u.toString(), await textOf(u));
    const withVariants = uris.filter((u) => withRule(u, 'spelling-variant'));
    assert.equal(withVariants.length, 5, 'every seed article has a spelling variant to fix');
    assert.equal(await vscode.commands.executeCommand<boolean>('corpusLint.fixAllWorkspace'), true);
    for (const u of withVariants) assert.notEqual(await textOf(u), before.get(u.toString()), `${u.path} changed`);
    assert.ok(!(await textOf(uris[4])).includes('Deir Ezzour'));
    assert.ok((await textOf(uris[2])).includes('Bashar al-Assad'));
    await untilDiagnostics('no spelling variants left', () => uris.every((u) => !withRule(u, 'spelling-variant')));
    assert.ok(withRule(uris[4], 'entity-alias'), 'aliases are not safe fixes and stay');
    await vscode.workspace.saveAll(false);
  });

  it('accepts a spelling into .corpuslintrc.json', async () => {
    const doc = await openArticle(uris[4]);
    const diag = await untilDiagnostics('the Daesh finding', () => withRule(uris[4], 'entity-alias', '"Daesh"'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const accept = actions.find((a) => a.title.startsWith('Accept "Daesh"'));
    assert.ok(accept?.command, 'the accept action runs a command');
    assert.equal(await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? [])), true);
    const configFile = vscode.Uri.joinPath(uris[4], '..', '.corpuslintrc.json');
    assert.ok(existsSync(configFile.fsPath));
    assert.deepEqual(JSON.parse(readFileSync(configFile.fsPath, 'utf8')).accepted, ['Daesh']);
    await untilDiagnostics('the Daesh finding to clear', () => !withRule(uris[4], 'entity-alias', '"Daesh"'));
  });

  it('restarts the server and lints the workspace again', async () => {
    const states: string[] = [];
    const sub = api.onStatus((s) => states.push(s.state));
    try {
      await vscode.commands.executeCommand('corpusLint.restartServer');
      await until('a new scan to finish', () => states.includes('scanning') && api.lastStatus()?.state === 'ready', [api.onStatus]);
    } finally {
      sub.dispose();
    }
    await untilDiagnostics('diagnostics after the restart', () => uris.every((u) => ours(u).length > 0));
    assert.ok(!withRule(uris[4], 'entity-alias', '"Daesh"'), 'the accepted spelling stays accepted');
  });
});
