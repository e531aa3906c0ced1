/**
 * A minimal LSP client for protocol tests: spawns the bundled server over stdio, speaks JSON-RPC
 * as VS Code does (initialize with workspace folders, answer workspace/configuration, accept
 * progress and registrations, apply workspace edits to files on disk), and lets a test wait for
 * diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_ARGS } from '../support/paths';

export interface ClientOptions {
  settings?: Record<string, unknown>;
  snippetEdits?: boolean;
  /** The extension's storage folder, where the server caches analyses between sessions. */
  cacheDir?: string;
  /** Environment variables for the server besides this process's (CORPUS_LINT_TIMING). */
  env?: Record<string, string>;
  /** Let the server register file watchers (dynamic registration with relative patterns), as VS Code does. */
  watchers?: boolean;
}

/** A capability the server registered (`client/registerCapability`) and has not unregistered. */
export interface Registration {
  id: string;
  method: string;
  registerOptions?: unknown;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly proc: ChildProcess;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The URI of every publishDiagnostics, in the order they came. */
  readonly published: string[] = [];
  /** Document version of the last diagnostics published for an open article. */
  readonly diagnosticVersions = new Map<string, number | undefined>();
  readonly logs: string[] = [];
  readonly statuses: { state: string; problems: number; scanned: number; total: number }[] = [];
  readonly progress: unknown[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Messages shown to the user (window/showMessage and showMessageRequest). */
  readonly shown: string[] = [];
  readonly registrations = new Map<string, Registration>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(private readonly options: ClientOptions = {}) {
    this.proc = spawn(process.execPath, [...SERVER_ARGS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    this.proc.stderr?.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.published.push(p.uri);
      this.diagnosticVersions.set(p.uri, p.version);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.notify();
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.shown.push(p.message);
      this.notify();
    });
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.logs.push(p.message);
      this.shown.push(p.message);
      this.notify();
      return null;
    });
    this.connection.onNotification('corpusLint/status', (p: TestClient['statuses'][number]) => {
      this.statuses.push(p);
      this.notify();
    });
    this.connection.onNotification('$/progress', (p: unknown) => {
      this.progress.push(p);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.options.settings ?? {}));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      for (const r of p.registrations) this.registrations.set(r.id, r);
      this.notify();
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', (p: { unregisterations: Registration[] }) => {
      for (const r of p.unregisterations) this.registrations.delete(r.id);
      this.notify();
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      applyToDisk(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `check` holds, re-evaluated on every notification; fails after `ms`. */
  async until<T>(check: () => T | undefined | false | null, what: string, ms = 20000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nlogs:\n${this.logs.join('\n')}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(10, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(folder: string): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'corpus' }],
      initializationOptions: this.options.cacheDir ? { cacheDir: this.options.cacheDir } : undefined,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true, snippetEditSupport: this.options.snippetEdits ?? false },
          ...(this.options.watchers ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } },
          hover: { contentFormat: ['markdown'] },
          rename: { prepareSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Waits for the first full scan: a "ready" status. */
  async ready(): Promise<void> {
    await this.until(() => this.statuses.some((s) => s.state === 'ready'), 'the first scan');
  }

  open(path: string, languageId = 'plaintext'): string {
    const uri = pathToFileURL(path).href;
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') } });
    return uri;
  }

  /** Sends an incremental change (range in the current text) and returns the new version. */
  change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** Stops reading the server's output (a client busy elsewhere): its writes wait in the pipe. */
  pauseReading(): void {
    this.proc.stdout?.pause();
  }

  resumeReading(): void {
    this.proc.stdout?.resume();
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }

  get alive(): boolean {
    return this.proc.exitCode === null;
  }
}

/** Applies a WorkspaceEdit to files on disk, as an editor does for closed files. */
export function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') writeFileSync(fileURLToPath(change.uri), '', { flag: 'a' });
      continue;
    }
    const docEdit = change as TextDocumentEdit;
    const path = fileURLToPath(docEdit.textDocument.uri);
    writeFileSync(path, applyTextEdits(readFileSync(path, 'utf8'), docEdit.edits as { range: Diagnostic['range']; newText: string }[]));
  }
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 10) line++;
    else if (c === 13) {
      if (text.charCodeAt(i) === 10) i++;
      line++;
    }
  }
  return i + pos.character;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

export function applyTextEdits(text: string, edits: { range: Diagnostic['range']; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(out, e.range.start)) + e.newText + out.slice(offsetAt(out, e.range.end));
  return out;
}
