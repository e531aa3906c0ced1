/** What the request handlers need from the server: corpora, open documents, client capabilities. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from './corpus';

export interface ServerContext {
  corpusFor(uri: string): Corpus | undefined;
  corpora(): readonly Corpus[];
  document(uri: string): TextDocument | undefined;
  /** Analyses an open article now if its summary is older than the document (a pending debounce). */
  ensureFresh(uri: string): void;
  /** The client applies snippet text edits in workspace edits (LSP 3.18). */
  readonly snippetEdits: boolean;
}

/** The file name of an article, for hovers and titles. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
