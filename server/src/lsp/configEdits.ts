/**
 * Edits of `.corpuslintrc.json` made from the editor ("accept this spelling", "dismiss this
 * finding"), as a WorkspaceEdit the client applies (so the user can undo it). jsonc-parser keeps
 * the file's formatting and comments and touches only the property it changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify, parse, type JSONPath } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Dismissal } from '../core/config/config';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function editFile(path: string, currentText: string | null, change: (text: string) => string): WorkspaceEdit {
  const uri = pathToFileURL(path).href;
  if (currentText === null) {
    const created = change('{}\n');
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: created }] },
      ],
    };
  }
  const next = change(currentText);
  const lines = currentText.split('\n');
  const whole: TextEdit = {
    range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
    newText: next,
  };
  return { documentChanges: [{ textDocument: { uri, version: null }, edits: [whole] }] };
}

function appendToArray(text: string, path: JSONPath, value: unknown, same: (existing: unknown) => boolean): string {
  const tree = parse(text) as Record<string, unknown> | undefined;
  const list = (tree?.[path[0] as string] as unknown[] | undefined) ?? [];
  if (list.some(same)) return text;
  return applyEdits(text, modify(text, [...path, list.length], value, { ...FORMAT, isArrayInsertion: true }));
}

export function readConfigText(path: string, openText?: string): string | null {
  if (openText !== undefined) return openText;
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function acceptSpellingEdit(path: string, currentText: string | null, spelling: string): WorkspaceEdit {
  return editFile(path, currentText, (text) => appendToArray(text, ['accepted'], spelling, (x) => typeof x === 'string' && x.toLowerCase() === spelling.toLowerCase()));
}

export function dismissEdit(path: string, currentText: string | null, dismissal: Dismissal): WorkspaceEdit {
  return editFile(path, currentText, (text) =>
    appendToArray(text, ['dismissed'], dismissal, (x) => {
      const d = x as Partial<Dismissal>;
      return d.rule === dismissal.rule && d.file === dismissal.file && d.sentence === dismissal.sentence && d.text === dismissal.text;
    }),
  );
}
