/**
 * Which .txt files are news articles, as the server decides: files matching the
 * `corpusLint.include` globs, or under a folder (of the workspace) that holds a
 * `.corpuslintrc.json`; never those matching `corpusLint.exclude`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import * as vscode from 'vscode';

export function isArticleFile(uri: vscode.Uri): boolean {
  if (!uri.fsPath.toLowerCase().endsWith('.txt')) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const settings = vscode.workspace.getConfiguration('corpusLint', uri);
  if (!settings.get<boolean>('enable', true)) return false;
  const rel = relative(folder.uri.fsPath, uri.fsPath).split(sep).join('/');
  const exclude = settings.get<string[]>('exclude', []);
  if (exclude.length > 0 && picomatch(exclude, { dot: true })(rel)) return false;
  const include = settings.get<string[]>('include', []);
  if (include.length > 0 && picomatch(include)(rel)) return true;
  for (let dir = dirname(uri.fsPath); dir.startsWith(folder.uri.fsPath); dir = dirname(dir)) {
    if (existsSync(join(dir, '.corpuslintrc.json'))) return true;
    if (dir === folder.uri.fsPath) break;
  }
  return false;
}
