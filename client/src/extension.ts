/**
 * The VS Code extension: starts the bundled language server over IPC, marks article files with
 * the news-article language, shows the server's state in the status bar, and adds the commands.
 * `activate()` returns a small API (the client, a ready promise, status events) that the
 * real-editor tests wait on instead of sleeping.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import SERVER_NODE_FLAGS from '../../server/src/shared/serverNodeFlags.json';
import { Methods, type StatusParams } from '../../server/src/shared/settings';
import { isArticleFile } from './articleFiles';
import { StatusItem } from './status';

export interface CorpusLintApi {
  readonly client: LanguageClient;
  /** Resolves when the first scan of the workspace has finished. */
  readonly ready: Promise<void>;
  readonly onStatus: vscode.Event<StatusParams>;
  lastStatus(): StatusParams | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CorpusLintApi> {
  const output = vscode.window.createOutputChannel('Corpus Lint', { log: true });
  const statusEmitter = new vscode.EventEmitter<StatusParams>();
  const status = new StatusItem();
  let last: StatusParams | undefined;
  context.subscriptions.push(output, statusEmitter, status);

  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    // Node's flags for the server (serverNodeFlags.json): V8 reads them only when it starts
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
    ],
    synchronize: {
      configurationSection: 'corpusLint',
      // No file watchers here: the server registers its own (articles, configuration, metadata,
      // and the files a setting or the configuration names), so the two never disagree.
    },
    outputChannel: output,
    middleware: {
      // "Accept this spelling" and "Dismiss this finding" edit .corpuslintrc.json through a
      // WorkspaceEdit (undoable, and kind to an open editor of the file); save what they changed
      // so the CLI and CI see it too. A configuration that had unsaved changes is left to the user.
      executeCommand: async (command, args, next) => {
        const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
        const result: unknown = await next(command, args);
        if (result === true) await saveConfigEdits(dirtyBefore);
        return result;
      },
    },
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('corpusLint'),
      // analyses cached by content hash between sessions: a restart re-analyses changed articles only
      cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
    },
  };
  client = new LanguageClient('corpusLint', 'Corpus Lint', serverOptions, clientOptions);

  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  client.onNotification(Methods.status, (params: StatusParams) => {
    last = params;
    status.show(params);
    statusEmitter.fire(params);
    if (params.state !== 'scanning') resolveReady();
  });

  // .txt files that are articles get the news-article language (highlighting); others are left alone.
  const mark = (doc: vscode.TextDocument): void => {
    if (doc.languageId === 'plaintext' && doc.uri.scheme === 'file' && isArticleFile(doc.uri)) {
      void vscode.languages.setTextDocumentLanguage(doc, 'news-article');
    }
  };
  vscode.workspace.textDocuments.forEach(mark);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(mark));

  context.subscriptions.push(
    vscode.commands.registerCommand('corpusLint.restartServer', async () => {
      status.show({ state: 'scanning', scanned: 0, total: 0, problems: 0 });
      await client?.restart();
    }),
    vscode.commands.registerCommand('corpusLint.lintWorkspace', async () => client?.sendRequest(Methods.lintWorkspace)),
    vscode.commands.registerCommand('corpusLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('corpusLint.fixAllWorkspace', async () => {
      if (!client) return false;
      const edit = await client.sendRequest(Methods.fixAllWorkspace);
      const converted = await client.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
      return converted ? vscode.workspace.applyEdit(converted) : false;
    }),
  );

  status.show({ state: 'scanning', scanned: 0, total: 0, problems: 0 });
  try {
    await client.start();
  } catch (err) {
    status.show({ state: 'error', scanned: 0, total: 0, problems: 0, message: String(err) });
    output.appendLine(`Corpus Lint could not start: ${String(err)}`);
  }
  return { client, ready, onStatus: statusEmitter.event, lastStatus: () => last };
}

async function saveConfigEdits(dirtyBefore: ReadonlySet<string>): Promise<void> {
  const name = basename(vscode.workspace.getConfiguration('corpusLint').get<string>('configFile') || '.corpuslintrc.json');
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && !dirtyBefore.has(doc.uri.toString()) && basename(doc.uri.fsPath) === name) await doc.save();
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
