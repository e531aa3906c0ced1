// The floor under the edit latency: an LSP server that does no work. It answers every change of
// a document with the diagnostics it was given (those our server last published for the edited
// article), over the same stdio, so the bench can show what the transport alone costs here.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createConnection, ProposedFeatures, TextDocuments } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let diagnostics = [];
connection.onInitialize((params) => {
  diagnostics = params.initializationOptions?.diagnostics ?? [];
  return { capabilities: { textDocumentSync: 2 } };
});
connection.onInitialized(() => connection.sendNotification('corpusLint/status', { state: 'ready', scanned: 0, total: 0, problems: 0 }));
documents.onDidChangeContent((e) => connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics }));
documents.listen(connection);
connection.listen();
