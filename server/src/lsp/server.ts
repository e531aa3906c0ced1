/**
 * The Corpus Lint language server: glue between LSP and the core. It scans every article of the
 * workspace folders (reporting progress), publishes diagnostics for all of them, re-analyses an
 * edited article after a short debounce and re-publishes the other articles the edit affects,
 * follows files created, changed and deleted on disk, and answers code actions, hovers,
 * references, rename and symbols. Every handler is guarded: a failure is logged and answered with
 * an error, and the server keeps serving.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig } from '../core/config/config';
import { defaultSeverities } from '../core/rules';
import { parseJsonText } from '../node/configFile';
import { Methods, type StatusParams } from '../shared/settings';
import { codeActions, Commands, FIX_ALL_KIND, resolveCodeAction, workspaceSafeFixes } from './codeActions';
import { acceptSpellingEdit, dismissEdit, readConfigText } from './configEdits';
import type { ServerContext } from './context';
import { AWAY_CHARS, Corpus } from './corpus';
import { DiagnosticsPublisher } from './diagnostics';
import { hover } from './hover';
import { documentSymbols, prepareRename, references, rename, workspaceSymbols } from './navigation';
import { readSettings } from './settings';
import { stdioConnection } from './transport';
import { WatcherRegistration } from './watchers';
import type { Dismissal } from '../core/config/config';
import type { CorpusLintSettings } from '../shared/settings';
import { collectGarbage } from '../node/idleGc';
import { StageClock } from '../node/stages';
import { logCollections } from '../node/collections';

export function startServer(connection: Connection, workerDir: string): void {
  const documents = new TextDocuments(TextDocument);
  const corpora = new Map<string, Corpus>();
  /** Pending analyses of open documents: how to cancel each. */
  const timers = new Map<string, () => void>();
  let folders: WorkspaceFolder[] = [];
  let configurationSupport = false;
  let progressSupport = false;
  let snippetEdits = false;
  /** The client's file watchers, when it lets the server register them (`WatcherRegistration`). */
  let watchers: WatcherRegistration | undefined;
  /** Watches the files the folders' settings and configurations name, beside the fixed globs. */
  const watchNamedFiles = (): void => watchers?.update([...corpora.values()].flatMap((c) => c.namedFiles()));
  let initOptions: unknown;
  /** The client's storage folder for the analysis cache (initializationOptions.cacheDir). */
  const cacheDir = (): string | undefined => {
    const dir = (initOptions as { cacheDir?: unknown } | undefined)?.cacheDir;
    return typeof dir === 'string' && dir.length > 0 ? dir : undefined;
  };
  let scanning: Promise<void> = Promise.resolve();
  let scanDone = false;
  let settingsByRoot = new Map<string, CorpusLintSettings>();

  const log = (message: string): void => connection.console.log(message);
  /** The stages of each edit's own publication, logged when CORPUS_LINT_TIMING is set (the benchmark reads them). */
  const editClock = new StageClock(Boolean(process.env.CORPUS_LINT_TIMING));
  // with them, V8's full collections, which slow whatever edit they overlap
  if (editClock.enabled) logCollections(log);
  /** Long open articles being analysed in a worker (one version at a time each). */
  const away = new Set<string>();
  const logError = (what: string, err: unknown): void => connection.console.error(`${what}: ${(err as Error)?.stack ?? String(err)}`);

  const corpusFor = (uri: string): Corpus | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    let best: Corpus | undefined;
    for (const c of corpora.values()) if (c.selector.contains(path) && (!best || c.root.length > best.root.length)) best = c;
    return best;
  };

  const publisher = new DiagnosticsPublisher(connection, corpusFor, logError);

  const ctx: ServerContext = {
    corpusFor,
    corpora: () => [...corpora.values()],
    document: (uri) => documents.get(uri),
    ensureFresh: (uri) => {
      const doc = documents.get(uri);
      const corpus = corpusFor(uri);
      if (!doc || !corpus || !scanDone) return;
      if (corpus.summary(uri)?.version === doc.version) return;
      timers.get(uri)?.();
      timers.delete(uri);
      analyse(doc);
    },
    get snippetEdits() {
      return snippetEdits;
    },
  };

  /** Is this open document an article of its folder? */
  const isArticle = (doc: TextDocument): Corpus | undefined => {
    const corpus = corpusFor(doc.uri);
    if (!corpus) return undefined;
    if (doc.languageId === 'news-article' || corpus.articles.has(doc.uri)) return corpus;
    return corpus.isArticlePath(fileURLToPath(doc.uri)) ? corpus : undefined;
  };

  const sendStatus = (params: StatusParams): void => {
    void connection.sendNotification(Methods.status, params);
  };

  const settingsFor = async (folder: WorkspaceFolder): Promise<CorpusLintSettings> => {
    if (configurationSupport) {
      try {
        const raw = await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'corpusLint' });
        return readSettings(raw);
      } catch (err) {
        logError('reading settings', err);
      }
    }
    return readSettings((initOptions as { settings?: unknown } | undefined)?.settings);
  };

  /** (Re)scans every workspace folder and publishes diagnostics for every article. */
  const scanAll = async (): Promise<void> => {
    const started = Date.now();
    // listing (settings, files, configuration), reading, analysing and indexing of every folder,
    // then publishing: where a scan's time went, in one log line
    const clock = new StageClock().start();
    const previous = publisher.publishedUris();
    for (const corpus of corpora.values()) corpus.dispose();
    corpora.clear();
    settingsByRoot = new Map();
    for (const folder of folders) {
      if (!folder.uri.startsWith('file:')) continue;
      const settings = await settingsFor(folder);
      const root = fileURLToPath(folder.uri);
      settingsByRoot.set(root, settings);
      if (!settings.enable) continue;
      corpora.set(root, new Corpus(root, settings, workerDir, log, cacheDir()));
    }
    const progress = progressSupport ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Corpus Lint', 0, 'scanning articles', true);
    let total = 0;
    try {
      for (const corpus of corpora.values()) {
        const open = documents.all().filter((d) => corpusFor(d.uri) === corpus);
        let reported = 0;
        const { scanned } = await corpus.load(open, (done, all) => {
          // at most every 100 ms: the analysis hands its summaries over every 10 ms or so
          const now = Date.now();
          if (now - reported < 100 && done < all) return;
          reported = now;
          const pct = all > 0 ? Math.round((done / all) * 100) : 100;
          progress?.report(pct, `${done} / ${all} articles`);
          sendStatus({ state: 'scanning', scanned: done, total: all, problems: 0 });
        }, clock);
        total += scanned;
        for (const d of open) if (!corpus.articles.has(d.uri) && isArticle(d)) corpus.updateOpen(d);
        warnOfConfig(corpus);
      }
    } finally {
      progress?.done();
    }
    watchNamedFiles();
    log(`analysed and indexed ${total} articles in ${Date.now() - started} ms`);
    const now = new Set<string>();
    for (const corpus of corpora.values()) for (const uri of corpus.articles.keys()) now.add(uri);
    for (const uri of previous) if (!now.has(uri)) publisher.clear(uri);
    // The articles open in the editor first: at 10,000 articles publishing takes seconds.
    const open = new Set(documents.all().map((d) => d.uri));
    await publisher.publishAll([...[...now].filter((u) => open.has(u)), ...[...now].filter((u) => !open.has(u))]);
    clock.lap('publishing');
    log(`scanned ${total} articles in ${Date.now() - started} ms (${clock.describe()}); ${publisher.totalProblems} problems`);
    // the scan's garbage (hundreds of MB of JSON), collected and compacted before "ready"
    const gcStarted = Date.now();
    collectGarbage();
    log(`garbage collected in ${Date.now() - gcStarted} ms`);
    sendStatus({ state: 'ready', scanned: total, total, problems: publisher.totalProblems });
    // ~50 ms now, so that the first keystrokes run this thread's analysis optimised
    try {
      for (const corpus of corpora.values()) corpus.warmUp();
    } catch (err) {
      logError('warming the analysis up', err);
    }
    const saved = [...corpora.values()].map((corpus) =>
      corpus.persistCache().catch((err) => {
        logError('writing the analysis cache', err);
        return true; // a failed write may have made its garbage too
      }),
    );
    // writing the cache makes garbage of its own (~100 MB of JSON at 10,000 articles)
    void Promise.all(saved).then((written) => {
      if (written.some(Boolean)) setImmediate(collectGarbage);
    });
  };

  const rescan = (): Promise<void> => {
    scanDone = false;
    scanning = scanning.then(scanAll).then(() => {
      scanDone = true;
    }).catch((err) => {
      logError('scanning the workspace', err);
      sendStatus({ state: 'error', scanned: 0, total: 0, problems: 0, message: String((err as Error).message ?? err) });
    });
    return scanning;
  };

  function analyse(doc: TextDocument): void {
    const corpus = isArticle(doc);
    if (!corpus) return;
    const settings = settingsByRoot.get(corpus.root);
    if (settings && doc.getText().length > settings.maxFileSize * 1024 * 1024) {
      const state = corpus.articles.get(doc.uri) ?? { uri: doc.uri, path: fileURLToPath(doc.uri) };
      state.problem = `the article is over the ${settings.maxFileSize} MB limit (corpusLint.maxFileSize); not linted`;
      corpus.articles.set(doc.uri, state);
      log(`${doc.uri}: ${state.problem}`);
      const affected = corpus.linter.remove(doc.uri);
      affected.add(doc.uri);
      publisher.publish(affected);
      return;
    }
    // Opening a document changes its content too (TextDocuments reports both): analysed once.
    if (corpus.articles.get(doc.uri)?.open === doc && corpus.summary(doc.uri)?.version === doc.version) return;
    if (doc.getText().length >= AWAY_CHARS) analyseAway(corpus, doc);
    else publishEdit(corpus, doc, corpus.updateOpen(doc, editClock.start()), editClock);
  }

  function publishEdit(corpus: Corpus, doc: TextDocument, affected: Set<string>, clock: StageClock): void {
    // The edited article at once; the others it affects (a whole scope, when a spelling's count
    // flips the majority) in slices between incoming messages, so typing never waits for them.
    affected.delete(doc.uri);
    void publisher.publishOne(doc.uri, 'always', clock);
    if (clock.enabled) log(`edit timing (version ${doc.version}): ${clock.describe(3)}`);
    publisher.publishSoon(affected);
    publisher.publishMovedLater(corpus);
    sendStatus({ state: 'ready', scanned: corpus.articles.size, total: corpus.articles.size, problems: publisher.totalProblems });
  }

  /**
   * A long open article is analysed in a worker thread, one version at a time: a change that
   * comes meanwhile is analysed when the running analysis ends (the older result is dropped).
   */
  function analyseAway(corpus: Corpus, doc: TextDocument): void {
    if (away.has(doc.uri)) return;
    const version = doc.version;
    away.add(doc.uri);
    const clock = new StageClock(editClock.enabled).start();
    corpus
      .updateOpenAway(doc, clock)
      .then((affected) => {
        if (affected && corpusFor(doc.uri) === corpus) publishEdit(corpus, doc, affected, clock);
      })
      // a corpus replaced by a rescan stopped its worker: the new one analysed the article
      .catch((err) => corpusFor(doc.uri) === corpus && logError(`analysing ${doc.uri}`, err))
      .finally(() => {
        away.delete(doc.uri);
        // changed meanwhile: the result was dropped, and the newest text is analysed now
        const current = documents.get(doc.uri);
        const onSave = settingsByRoot.get(corpus.root)?.run === 'onSave';
        if (current && current.version !== version && !onSave) schedule(current, true);
      });
  }

  const schedule = (doc: TextDocument, immediate = false): void => {
    timers.get(doc.uri)?.();
    const corpus = corpusFor(doc.uri);
    const delay = immediate ? 0 : (settingsByRoot.get(corpus?.root ?? '')?.debounce ?? 150);
    const run = (): void => {
      timers.delete(doc.uri);
      void scanning.then(() => {
        try {
          const current = documents.get(doc.uri);
          if (current) analyse(current);
        } catch (err) {
          logError(`analysing ${doc.uri}`, err);
        }
      });
    };
    // A newer change cancels the pending analysis: only the latest text is analysed. No debounce
    // means the next turn of the event loop (a zero timeout waits a millisecond or more).
    if (delay <= 0) {
      const handle = setImmediate(run);
      timers.set(doc.uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(run, delay);
      timers.set(doc.uri, () => clearTimeout(handle));
    }
  };

  /** The last configuration problem shown for each folder. */
  const warned = new WeakMap<Corpus, string | null>();
  /** Shows what is wrong with a folder's configuration (`again` false: only a problem not shown last). */
  const warnOfConfig = (corpus: Corpus, again = true): void => {
    const problem = corpus.configProblem;
    // a notification: showWarningMessage is a request, and a client that does not answer it
    // would leave a rejected promise behind
    if (problem && (again || warned.get(corpus) !== problem)) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Corpus Lint: ${corpus.configPath}: ${problem}` });
    }
    warned.set(corpus, problem);
  };

  /** Applies a configuration change made from a code action without waiting for the file watcher. */
  const applyConfigText = (corpus: Corpus, text: string): void => {
    const parsed = parseJsonText(text);
    if (parsed.error) return;
    const { config, errors } = parseConfig(parsed.value, defaultSeverities());
    if (errors.length > 0) return;
    corpus.config = config;
    corpus.applyConfig();
    publisher.publish(corpus.articles.keys());
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initOptions = params.initializationOptions;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    configurationSupport = Boolean(params.capabilities.workspace?.configuration);
    progressSupport = Boolean(params.capabilities.window?.workDoneProgress);
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    if (watched?.dynamicRegistration) watchers = new WatcherRegistration(connection, Boolean(watched.relativePatternSupport), logError);
    snippetEdits = Boolean((params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [Commands.acceptSpelling, Commands.dismiss] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corpus-lint' },
    };
  });

  connection.onInitialized(() => {
    if (configurationSupport) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    // the fixed globs at once, so that no change during the first scan goes unheard; the files
    // the configurations name once they are read
    watchNamedFiles();
    if (folders.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
        void rescan();
      });
    }
    void rescan();
  });

  connection.onDidChangeConfiguration(() => {
    void (async () => {
      await scanning;
      let reload = false;
      for (const folder of folders) {
        if (!folder.uri.startsWith('file:')) continue;
        const root = fileURLToPath(folder.uri);
        const next = await settingsFor(folder);
        const prev = settingsByRoot.get(root);
        settingsByRoot.set(root, next);
        const corpus = corpora.get(root);
        const needsScan =
          !prev || prev.enable !== next.enable || JSON.stringify([prev.include, prev.exclude, prev.configFile, prev.maxFileSize]) !== JSON.stringify([next.include, next.exclude, next.configFile, next.maxFileSize]);
        if (needsScan || !corpus) reload = true;
        else {
          corpus.applyConfig(next);
          publisher.publish(corpus.articles.keys());
        }
      }
      if (reload) await rescan();
      else sendStatus({ state: 'ready', scanned: publisher.publishedCount, total: publisher.publishedCount, problems: publisher.totalProblems });
    })().catch((err) => logError('applying settings', err));
  });

  documents.onDidOpen((e) => {
    // Analysed at once when the workspace is scanned, so requests that follow see it.
    if (scanDone) {
      try {
        analyse(e.document);
      } catch (err) {
        logError(`analysing ${e.document.uri}`, err);
      }
    } else schedule(e.document, true);
  });
  documents.onDidChangeContent((e) => {
    const corpus = corpusFor(e.document.uri);
    if (settingsByRoot.get(corpus?.root ?? '')?.run === 'onSave') return;
    schedule(e.document);
  });
  documents.onDidSave((e) => {
    const corpus = corpusFor(e.document.uri);
    if (settingsByRoot.get(corpus?.root ?? '')?.run === 'onSave') schedule(e.document, true);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    timers.get(uri)?.();
    timers.delete(uri);
    void scanning.then(async () => {
      const corpus = corpusFor(uri);
      if (!corpus || !corpus.articles.has(uri)) return;
      if (corpus.isArticlePath(fileURLToPath(uri))) publisher.publish(await corpus.closed(uri));
      else {
        // opened as an article only by its language id: no longer one
        publisher.publish(corpus.removeArticle(uri));
        publisher.clear(uri);
      }
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    void scanning
      .then(async () => {
        let configChanged = false;
        let metadataChanged = false;
        for (const change of params.changes) {
          if (!change.uri.startsWith('file:')) continue;
          const path = fileURLToPath(change.uri);
          if ([...corpora.values()].some((c) => c.isConfigPath(path))) {
            configChanged = true;
            continue;
          }
          if ([...corpora.values()].some((c) => c.isMetadataPath(path))) {
            metadataChanged = true;
            continue;
          }
          const corpus = corpusFor(change.uri);
          if (!corpus) continue;
          if (change.type === FileChangeType.Deleted) {
            if (!corpus.articles.has(change.uri)) continue;
            const affected = corpus.removeArticle(change.uri);
            affected.delete(change.uri);
            publisher.clear(change.uri);
            publisher.publish(affected);
          } else if (corpus.isArticlePath(path) && !documents.get(change.uri)) {
            publisher.publish(await corpus.refreshFromDisk(change.uri));
          }
        }
        if (metadataChanged && !configChanged) {
          for (const corpus of corpora.values()) {
            publisher.publish(corpus.reloadMetadata());
            warnOfConfig(corpus, false);
          }
        }
        if (configChanged) {
          for (const corpus of corpora.values()) {
            const scan = await corpus.selector.scan();
            const entitiesChanged = await corpus.loadConfig(scan.configFiles);
            if (entitiesChanged) await corpus.reanalyseAll();
            // after the configuration, which may name the metadata files
            corpus.reloadMetadata();
            warnOfConfig(corpus);
            corpus.applyConfig();
            // articles newly under a configuration folder, or no longer
            for (const path of scan.articles) {
              const uri = new URL(`file://${path}`).href;
              if (!corpus.articles.has(uri)) await corpus.refreshFromDisk(uri);
            }
            publisher.publish(corpus.articles.keys());
          }
          watchNamedFiles();
        }
        sendStatus({ state: 'ready', scanned: publisher.publishedCount, total: publisher.publishedCount, problems: publisher.totalProblems });
      })
      .catch((err) => logError('following file changes', err));
  });

  connection.onCodeAction((params) => codeActions(params, ctx));
  connection.onCodeActionResolve((action) => resolveCodeAction(action, ctx));
  connection.onHover((params) => hover(params, ctx));
  connection.onReferences((params) => references(params, ctx));
  connection.onPrepareRename((params) => prepareRename(params, ctx));
  connection.onRenameRequest((params) => rename(params, ctx));
  connection.onDocumentSymbol((params) => documentSymbols(params, ctx));
  connection.onWorkspaceSymbol((params) => workspaceSymbols(params, ctx));

  connection.onExecuteCommand(async (params) => {
    const [folderUri, arg] = params.arguments ?? [];
    const corpus = [...corpora.values()].find((c) => c.rootUri === folderUri);
    if (!corpus) throw new ResponseError(-32602, `No Corpus Lint folder ${String(folderUri)}`);
    const path = corpus.defaultConfigPath();
    const current = readConfigText(path);
    let edit;
    if (params.command === Commands.acceptSpelling && typeof arg === 'string') edit = acceptSpellingEdit(path, current, arg);
    else if (params.command === Commands.dismiss && arg && typeof arg === 'object') edit = dismissEdit(path, current, arg as Dismissal);
    else throw new ResponseError(-32602, `Unknown command or arguments: ${params.command}`);
    const result = await connection.workspace.applyEdit({ label: 'Corpus Lint: update .corpuslintrc.json', edit });
    if (result.applied) {
      // the new text of the configuration, as the editor now has it
      const change = edit.documentChanges?.find((c) => 'edits' in c);
      const first = change && 'edits' in change ? change.edits[0] : undefined;
      const text = first && 'newText' in first ? first.newText : null;
      if (text) applyConfigText(corpus, text);
    }
    return result.applied;
  });

  connection.onRequest(Methods.lintWorkspace, async () => {
    await rescan();
    return { problems: publisher.totalProblems };
  });
  connection.onRequest(Methods.fixAllWorkspace, async () => {
    await scanning;
    const documentChanges = [...corpora.values()].flatMap((c) => workspaceSafeFixes(c, ctx).documentChanges ?? []);
    return { documentChanges };
  });

  documents.listen(connection);
  connection.listen();
}

/** Starts the server on the transport the command line names (stdio, node-ipc or socket), as vscode-languageserver reads it. */
export function main(): void {
  // on stdio (other editors, the protocol tests, the bench) each message goes out in one write;
  // node-ipc (how the VS Code extension starts it) and sockets are the library's
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err}`));
  process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String((err as Error)?.stack ?? err)}`));
  startServer(connection, __dirname);
}

if (require.main === module) main();
