/**
 * Navigation: references of an entity in every article and spelling, rename across the corpus,
 * the article outline (entities and figures), and workspace symbol search over entities.
 */
import type {
  DocumentSymbol,
  DocumentSymbolParams,
  Location,
  PrepareRenameParams,
  Range,
  ReferenceParams,
  RenameParams,
  TextDocumentEdit,
  WorkspaceEdit,
  WorkspaceSymbol,
  WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { ResponseError, SymbolKind } from 'vscode-languageserver/node';
import { MentionFlag, mentionIs } from '../core/analysis/summary';
import { describeFigure } from '../core/analysis/figureText';
import type { ServerContext } from './context';
import type { Corpus } from './corpus';
import { entityAt, mentionsOfScope } from './entityAt';

const KINDS: Record<string, SymbolKind> = {
  place: SymbolKind.Namespace,
  person: SymbolKind.Object,
  group: SymbolKind.Class,
  organisation: SymbolKind.Class,
  operation: SymbolKind.Event,
  unknown: SymbolKind.Key,
};

function hitAt(ctx: ServerContext, uri: string, position: { line: number; character: number }): { corpus: Corpus; scope: string; start: number; end: number; spelling: string } | null {
  ctx.ensureFresh(uri);
  const doc = ctx.document(uri);
  const corpus = ctx.corpusFor(uri);
  const summary = corpus?.summary(uri);
  if (!doc || !corpus || !summary || summary.version !== doc.version) return null;
  const hit = entityAt(corpus, summary, doc.offsetAt(position));
  return hit ? { corpus, scope: hit.scope, start: hit.start, end: hit.end, spelling: hit.spelling } : null;
}

export function references(params: ReferenceParams, ctx: ServerContext): Location[] {
  const hit = hitAt(ctx, params.textDocument.uri, params.position);
  if (!hit) return [];
  const out: Location[] = [];
  for (const uri of hit.corpus.linter.entities.docsOfScope(hit.scope)) {
    const summary = hit.corpus.summary(uri);
    const map = hit.corpus.positionMap(uri);
    if (!summary || !map) continue;
    for (const m of mentionsOfScope(hit.corpus, summary, hit.scope)) out.push({ uri, range: map.range(m.start, m.end) });
  }
  return out;
}

export function prepareRename(params: PrepareRenameParams, ctx: ServerContext): { range: Range; placeholder: string } | null {
  const hit = hitAt(ctx, params.textDocument.uri, params.position);
  const doc = ctx.document(params.textDocument.uri);
  if (!hit || !doc) return null;
  return { range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) }, placeholder: hit.spelling };
}

export function rename(params: RenameParams, ctx: ServerContext): WorkspaceEdit {
  const hit = hitAt(ctx, params.textDocument.uri, params.position);
  if (!hit) throw new ResponseError(-32602, 'No entity at this position to rename.');
  const newName = params.newName.trim();
  if (newName.length === 0 || /[\r\n]/.test(newName)) throw new ResponseError(-32602, 'The new name must be one non-empty line.');
  const documentChanges: TextDocumentEdit[] = [];
  for (const uri of hit.corpus.linter.entities.docsOfScope(hit.scope)) {
    const summary = hit.corpus.summary(uri);
    const map = hit.corpus.positionMap(uri);
    if (!summary || !map) continue;
    const open = ctx.document(uri);
    const edits = mentionsOfScope(hit.corpus, summary, hit.scope).map((m) => ({
      range: map.range(m.start, m.end),
      // keep the capital of a sentence start: "al-Bab" becomes "Al-Bab" there
      newText: m.initial && newName[0] !== newName[0].toUpperCase() ? newName[0].toUpperCase() + newName.slice(1) : newName,
    }));
    if (edits.length > 0) documentChanges.push({ textDocument: { uri, version: open ? open.version : null }, edits });
  }
  return { documentChanges };
}

export function documentSymbols(params: DocumentSymbolParams, ctx: ServerContext): DocumentSymbol[] {
  ctx.ensureFresh(params.textDocument.uri);
  const doc = ctx.document(params.textDocument.uri);
  const corpus = ctx.corpusFor(params.textDocument.uri);
  const summary = corpus?.summary(params.textDocument.uri);
  if (!doc || !corpus || !summary) return [];
  const entities = corpus.linter.entities;
  const range = (s: number, e: number): Range => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const byScope = new Map<string, DocumentSymbol>();
  const symbols: DocumentSymbol[] = [];
  for (const m of summary.mentions) {
    if (mentionIs(m, MentionFlag.Neutral) || m.role === 'short') continue;
    const entity = entities.entity(m.entityId);
    const key = `${m.entityId}:${m.role === 'surname' ? 's' : ''}`;
    const existing = byScope.get(key);
    if (existing) {
      existing.detail = `${entity?.kind ?? ''} · ${Number(existing.detail?.match(/(\d+) mention/)?.[1] ?? '1') + 1} mentions`;
      continue;
    }
    const sym: DocumentSymbol = {
      name: entity?.curatedCanonical ?? m.spelling,
      detail: `${entity?.kind ?? ''} · 1 mention`,
      kind: KINDS[entity?.kind ?? 'unknown'] ?? SymbolKind.Key,
      range: range(m.start, m.end),
      selectionRange: range(m.start, m.end),
    };
    byScope.set(key, sym);
    symbols.push(sym);
  }
  const name = (id: string): string => entities.entity(id)?.curatedCanonical ?? id;
  for (const f of summary.figures) {
    symbols.push({ name: describeFigure(f, name), detail: f.text, kind: SymbolKind.Number, range: range(f.start, f.end), selectionRange: range(f.start, f.end) });
  }
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export function workspaceSymbols(params: WorkspaceSymbolParams, ctx: ServerContext): WorkspaceSymbol[] {
  const query = params.query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const corpus of ctx.corpora()) {
    for (const s of corpus.linter.entities.scopesMatching(query, 200)) {
      const map = corpus.positionMap(s.first.uri);
      if (!map) continue;
      const entity = s.entityId ? corpus.linter.entities.entity(s.entityId) : undefined;
      out.push({
        name: s.canonical,
        kind: KINDS[entity?.kind ?? 'unknown'] ?? SymbolKind.Key,
        containerName: `${entity?.kind ?? 'name'} · ${s.mentions} mentions`,
        location: { uri: s.first.uri, range: map.range(s.first.start, s.first.end) },
      });
    }
  }
  return out;
}
