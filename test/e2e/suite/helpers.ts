/**
 * Helpers of the real-editor suite: the seed articles of the workspace, our diagnostics, and
 * `until`, which waits on VS Code events (never on sleeps) with a deadline that names what it
 * waited for.
 */
import * as vscode from 'vscode';
import type { CorpusLintApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'corpus-lint.corpus-lint';
export const SOURCE = 'corpus-lint';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (a copy of seeds/)');
  return folder.uri;
}

/** The seed article whose name starts with `prefix` ("000" ... "004"). */
export async function article(prefix: string): Promise<vscode.Uri> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`no article ${prefix}*.txt in ${workspaceRoot().fsPath}`);
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function articles(): Promise<vscode.Uri[]> {
  return Promise.all(['000', '001', '002', '003', '004'].map(article));
}

/** Corpus Lint's diagnostics of a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function withRule(uri: vscode.Uri, ruleId: string, messageStart = ''): vscode.Diagnostic | undefined {
  return ours(uri).find((d) => code(d) === ruleId && d.message.startsWith(messageStart));
}

/**
 * Resolves with the first truthy value of `check()`, evaluated now and after each of `events`;
 * rejects after `ms` milliseconds with what it was waiting for.
 */
export function until<T>(what: string, check: () => T | undefined | false, events: vscode.Event<unknown>[], ms = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (): void => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    };
    const test = (): boolean => {
      let value: T | undefined | false;
      try {
        value = check();
      } catch (err) {
        done();
        reject(err);
        return true;
      }
      if (value) {
        done();
        resolve(value);
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`));
    }, ms);
    if (test()) return;
    for (const e of events) subs.push(e(() => void test()));
  });
}

/** Waits until `check()` holds for the diagnostics. */
export function untilDiagnostics<T>(what: string, check: () => T | undefined | false, ms?: number): Promise<T> {
  return until(what, check, [vscode.languages.onDidChangeDiagnostics], ms);
}

/**
 * The quick fixes at a range, asked again every 100 ms until one is titled `title` (or `ms` pass):
 * an article just opened is re-opened as a news-article (closed, then opened), and its problems
 * and fixes settle a moment after the editor shows them.
 */
export async function untilQuickFix(uri: vscode.Uri, range: vscode.Range, title: string, ms = 10_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    let actions: vscode.CodeAction[] = [];
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (error) {
      // a request overtaken by a newer state of the document is cancelled (as the light bulb's
      // is): ask again, as the editor does; anything else is a failure
      if (!(error instanceof Error && error.name === 'Canceled') || Date.now() > deadline) throw error;
    }
    if (actions.some((a) => a.title === title) || Date.now() > deadline) return actions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function api(): Promise<CorpusLintApi> {
  const ext = vscode.extensions.getExtension<CorpusLintApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/**
 * Opens an article in an editor and waits until the extension has given it the news-article
 * language (VS Code closes and reopens a document to change its language, so requests sent in
 * between would find no document at the server).
 */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const isArticle = (): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'news-article');
  const marked = until(`${uri.path} to become a news-article`, isArticle, [vscode.workspace.onDidOpenTextDocument]);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return marked;
}

/** Text of the document (open or not) as VS Code holds it. */
export async function textOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.fsPath}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
