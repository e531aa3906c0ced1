/**
 * Which .txt files are news articles, as the server decides: files matching the
 * `corpusLint.include` globs, or under a folder (of the workspace) that holds a
 * `.corpuslintrc.json`; never those matching `corpusLint.exclude`.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { globMatcher } from '../../server/src/shared/articleGlobs';

export function isArticleFile(uri: vscode.Uri): boolean {
  if (!uri.fsPath.toLowerCase().endsWith('.txt')) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const settings = vscode.workspace.getConfiguration('corpusLint', uri);
  if (!settings.get<boolean>('enable', true)) return false;
  const rel = relative(folder.uri.fsPath, uri.fsPath).split(sep).join('/');
  const globs = globMatcher({ include: settings.get<string[]>('include', []), exclude: settings.get<string[]>('exclude', []) });
  if (globs.excluded(rel)) return false;
  if (globs.included(rel, basename(folder.uri.fsPath))) return true;
  for (let dir = dirname(uri.fsPath); dir.startsWith(folder.uri.fsPath); dir = dirname(dir)) {
    if (existsSync(join(dir, '.corpuslintrc.json'))) return true;
    if (dir === folder.uri.fsPath) break;
  }
  return false;
}
