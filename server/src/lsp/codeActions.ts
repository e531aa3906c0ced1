/**
 * Code actions, in vscode-eslint's tiers: fix this problem; fix all of this entity in the file;
 * fix all safe problems in the file (also as `source.fixAll.corpusLint` for codeActionsOnSave);
 * and, ours alone, fix this entity across the workspace (resolved lazily: it can touch thousands of
 * articles). Plus: accept a spelling, dismiss a finding, insert an attribution placeholder. Every
 * edit carries the document version the offsets belong to, so a stale action is refused by the
 * editor instead of corrupting the article.
 */
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nonOverlapping, safeEdits } from '../core/fixes';
import { presentMessage } from '../core/present';
import type { Finding, TextEdit as CoreEdit } from '../core/types';
import type { ServerContext } from './context';
import { isOurDiagnostic } from './convert';
import type { Corpus } from './corpus';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corpusLint`;
export const Commands = {
  acceptSpelling: 'corpusLint.server.acceptSpelling',
  dismiss: 'corpusLint.server.dismiss',
} as const;

interface WorkspaceFixData {
  kind: 'workspace-fix';
  folder: string;
  scope: string;
  ruleId: string;
}

function docEdit(doc: TextDocument, edits: readonly CoreEdit[]): TextDocumentEdit {
  return {
    textDocument: { uri: doc.uri, version: doc.version },
    edits: nonOverlapping(edits).map((e): TextEdit => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
  };
}

export function codeActions(params: CodeActionParams, ctx: ServerContext): (CodeAction | Command)[] {
  ctx.ensureFresh(params.textDocument.uri);
  const doc = ctx.document(params.textDocument.uri);
  const corpus = ctx.corpusFor(params.textDocument.uri);
  // every offset below belongs to the analysed version: none while a long article's newest
  // version is still being analysed (ensureFresh analysed a short one at once)
  if (!doc || !corpus || corpus.summary(doc.uri)?.version !== doc.version) return [];
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const current = corpus.findings(doc.uri);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (!isOurDiagnostic(d)) continue;
      // The finding the diagnostic shows, found again: its rule where it says in the text as it
      // is now (one published for an earlier version finds none, or the finding there now, whose
      // fixes are made from the current offsets).
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const there = current.filter((f) => f.start === start && f.end === end && f.ruleId === d.code);
      // the message tells two findings of a rule at one place apart (and may have changed since
      // for the only one: another article changed a count it gives)
      const finding = there.length === 1 ? there[0] : there.find((f) => presentMessage(f) === d.message);
      if (!finding) continue;
      actions.push(...quickFixes(finding, d, doc, corpus, current, ctx));
    }
    const safe = safeEdits(current);
    if (safe.length > 0 && actions.length > 0) {
      actions.push({ title: 'Fix all safe Corpus Lint problems in this file', kind: CodeActionKind.QuickFix, edit: { documentChanges: [docEdit(doc, safe)] } });
    }
  }
  if (wants(FIX_ALL_KIND) && (only?.some((k) => k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND || k === CodeActionKind.Source) ?? false)) {
    const safe = safeEdits(current);
    if (safe.length > 0) actions.push({ title: 'Fix all safe Corpus Lint problems', kind: FIX_ALL_KIND, edit: { documentChanges: [docEdit(doc, safe)] } });
  }
  return actions;
}

function quickFixes(finding: Finding, diagnostic: Diagnostic, doc: TextDocument, corpus: Corpus, current: readonly Finding[], ctx: ServerContext): CodeAction[] {
  const out: CodeAction[] = [];
  const diagnostics = [diagnostic];
  const data = finding.data;
  for (const fix of finding.fixes ?? []) {
    if (fix.snippet) {
      const e = fix.edits[0];
      const at = doc.positionAt(e.start);
      const edit: WorkspaceEdit = ctx.snippetEdits
        ? {
            documentChanges: [
              {
                textDocument: { uri: doc.uri, version: doc.version },
                edits: [{ range: { start: at, end: at }, snippet: { kind: 'snippet', value: e.newText } } as unknown as TextEdit],
              },
            ],
          }
        : { documentChanges: [docEdit(doc, [{ start: e.start, end: e.end, newText: e.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1') }])] };
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit });
      continue;
    }
    out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: fix.safe, edit: { documentChanges: [docEdit(doc, fix.edits)] } });
  }
  if (data?.kind === 'variant') {
    const sameEntity = current.filter((f) => f.data?.kind === 'variant' && f.data.entityId === data.entityId && f.ruleId === finding.ruleId);
    if (sameEntity.length > 1) {
      const edits = sameEntity.flatMap((f) => f.fixes?.[0]?.edits ?? []);
      out.push({
        title: `Replace every variant of "${data.canonical}" in this file (${sameEntity.length})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { documentChanges: [docEdit(doc, edits)] },
      });
    }
    const wsData: WorkspaceFixData = { kind: 'workspace-fix', folder: corpus.rootUri, scope: data.entityId, ruleId: finding.ruleId };
    out.push({ title: `Replace every variant of "${data.canonical}" in the workspace`, kind: CodeActionKind.QuickFix, diagnostics, data: wsData });
    out.push({
      title: `Accept "${data.surface}" as a valid spelling (.corpuslintrc.json)`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: 'Accept spelling', command: Commands.acceptSpelling, arguments: [corpus.rootUri, data.surface] },
    });
  }
  const [rule, sentence, ...rest] = (finding.key ?? '').split('|');
  if (rule && sentence !== undefined) {
    out.push({
      title: `Dismiss this ${finding.ruleId} finding (.corpuslintrc.json)`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: {
        title: 'Dismiss',
        command: Commands.dismiss,
        arguments: [corpus.rootUri, { rule: finding.ruleId, file: corpus.relativeToConfig(doc.uri), sentence, text: rest.join('|') }],
      },
    });
  }
  return out;
}

/** codeAction/resolve: the workspace-wide fix is computed only when chosen. */
export function resolveCodeAction(action: CodeAction, ctx: ServerContext): CodeAction {
  const data = action.data as WorkspaceFixData | undefined;
  if (data?.kind !== 'workspace-fix') return action;
  const corpus = ctx.corpora().find((c) => c.rootUri === data.folder);
  if (!corpus) return action;
  action.edit = workspaceFix(corpus, ctx, (f) => f.ruleId === data.ruleId && f.data?.kind === 'variant' && f.data.entityId === data.scope);
  return action;
}

/** One WorkspaceEdit over every article: open ones at their version, closed ones on disk. */
export function workspaceFix(corpus: Corpus, ctx: ServerContext, select: (f: Finding) => boolean): WorkspaceEdit {
  const documentChanges: TextDocumentEdit[] = [];
  for (const uri of corpus.linter.uris()) {
    const edits = nonOverlapping(corpus.findings(uri).filter((f) => select(f)).flatMap((f) => (f.fixes ?? []).filter((x) => !x.snippet).slice(0, 1).flatMap((x) => x.edits)));
    if (edits.length === 0) continue;
    const doc = ctx.document(uri);
    const map = corpus.positionMap(uri);
    if (!map) continue;
    documentChanges.push({
      textDocument: { uri, version: doc ? doc.version : null },
      edits: edits.map((e) => ({ range: map.range(e.start, e.end), newText: e.newText })),
    });
  }
  return { documentChanges };
}

/** Every safe fix of the workspace (the "Fix all in workspace" command). */
export function workspaceSafeFixes(corpus: Corpus, ctx: ServerContext): WorkspaceEdit {
  return workspaceFix(corpus, ctx, (f) => (f.fixes ?? []).some((x) => x.safe && !x.snippet));
}
