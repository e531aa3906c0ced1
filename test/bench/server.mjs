// Server benchmark: the bundled server over stdio, as VS Code talks to it, on a generated corpus.
// Measures the time from `initialized` to diagnostics published for every article, RSS after the
// scan, then edits in one open article (typing and deleting characters, pasting a sentence with a
// figure, renaming an entity): latency from didChange to that article's diagnostics, and to the
// last other article re-published because of the edit, and RSS after the edits.
//
// With `timing`, the server runs with CORPUS_LINT_TIMING set and logs the stages of each edit's
// own publication (analyse, index, findings, convert, send); the stages of the scan (listing,
// reading, analysing, indexing, publishing) are in its log line whatever the flag.
//
// The server runs with the Node flags the extension starts it with (server/src/shared/serverNodeFlags.json).
// CORPUS_LINT_BENCH_SERVER_FLAGS: more Node options for the server (space-separated), e.g.
// "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under this very workload; the bench then
// waits for the server to exit, so the profile is written.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { applyBenchEdit, benchEdit } from './edits.mjs';
import { rng } from './generate.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SERVER = join(ROOT, 'server/out/server.js');
/** The Node flags the extension starts the server with (client/src/extension.ts): it is measured as it runs. */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server/src/shared/serverNodeFlags.json'), 'utf8'));

const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

function articlesOf(dir) {
  const out = [];
  for (const part of readdirSync(dir).sort()) {
    if (!part.startsWith('part-')) continue;
    for (const f of readdirSync(join(dir, part)).sort()) out.push(join(dir, part, f));
  }
  return out;
}

/** Line/character of an offset: a scan of the text, made before an edit is timed (27 KB at most here). */
function position(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    line++;
    last = i + 1;
  }
  return { line, character: offset - last };
}

/** "name 1.5 ms, other 20 ms" (the server's StageClock) as milliseconds by stage name. */
const stagesOf = (line) => new Map([...line.matchAll(/([a-z]+) (\d+(?:\.\d+)?) ms/g)].map((m) => [m[1], Number(m[2])]));

/** Silence after which the articles an edit affects count as all published. */
const QUIET_MS = 150;

/**
 * `server`: another server script to run (the echo server of the floor measurement), started with
 * `initializationOptions`. `article`: the path of the article to edit (by default the first that
 * names Raqqa or Aleppo). `record`: a file to write the scan's publications to, as the frames that
 * carried them (what replayServer.mjs sends again; writing them slows this session's scan). Returns,
 * besides the figures, the last diagnostics published for the edited article.
 */
export async function benchServer(dir, { edits = 1000, seed = 3, cacheDir, server = SERVER, initializationOptions, timing = false, article, record } = {}) {
  // The folder is an article folder for the extension: it has a configuration file.
  writeFileSync(join(dir, '.corpuslintrc.json'), '{}\n');
  const files = articlesOf(dir);
  const flags = process.env.CORPUS_LINT_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  const env = timing ? { ...process.env, CORPUS_LINT_TIMING: '1' } : process.env;
  const proc = spawn(process.execPath, [...(server === SERVER ? SERVER_NODE_FLAGS : []), ...flags, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  // what the server writes to stdout (protocol frames), counted for the scan
  let bytesOut = 0;
  proc.stdout.on('data', (chunk) => (bytesOut += chunk.length));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = new Set();
  let onPublish = () => undefined;
  // `record`: the scan's publications, as the frames that carried them, for replayServer.mjs
  let recording = record ? openSync(record, 'w') : undefined;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    published.add(p.uri);
    onPublish(p, performance.now());
    if (recording !== undefined) {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: p });
      writeSync(recording, `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounce: 0 })));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('$/progress', () => undefined);
  // "scanned N articles in T ms (listing 120 ms, ...)" and, with `timing`, "edit timing (version N): ..."
  let scanStages = new Map();
  const editStages = [];
  /** The server's full collections: major, or a step of incremental marking; when each started (epoch ms, the server's clock beside ours). */
  const collections = [];
  conn.onNotification('window/logMessage', ({ message }) => {
    if (message.startsWith('scanned ')) scanStages = stagesOf(/\((.*)\)/.exec(message)?.[1] ?? '');
    // with `timing`: V8's full collections in the server, "collection major 9.1 ms at <epoch ms>"
    const collection = /^collection (\w+) ([\d.]+) ms at ([\d.]+)$/.exec(message);
    if (collection) collections.push({ kind: collection[1], at: Number(collection[3]) });
    const edit = /^edit timing \(version (\d+)\): (.*)$/.exec(message);
    // the opening (version 1) is not an edit
    if (edit && Number(edit[1]) > 1) editStages.push(stagesOf(edit[2]));
  });
  conn.onNotification('corpusLint/status', () => undefined);
  conn.listen();
  const folder = pathToFileURL(dir).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'bench' }],
    initializationOptions: initializationOptions ?? (cacheDir ? { cacheDir } : undefined),
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true } },
    },
  });
  const t0 = performance.now();
  await conn.sendNotification('initialized', {});
  // Articles with no finding are never published (nothing to say): the scan is done when the
  // status says ready; the time is that of the last diagnostics published before it.
  let lastPublish = t0;
  onPublish = (_p, t) => (lastPublish = t);
  await new Promise((resolveReady) => {
    conn.onNotification('corpusLint/status', (s) => {
      if (s.state === 'ready') resolveReady();
    });
  });
  const scanMs = lastPublish - t0;
  if (recording !== undefined) {
    closeSync(recording);
    recording = undefined;
  }
  const scanPublished = published.size;
  const scanBytes = bytesOut;
  const rssScan = rssMb(proc.pid);
  // The analysis cache is written after the scan's diagnostics: wait for it before a restart.
  if (cacheDir) {
    for (let i = 0; i < 600 && !(existsSync(cacheDir) && readdirSync(cacheDir).some((f) => f.endsWith('.corpuslintcache'))); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  // One article, opened as a user would, edited many times.
  const r = rng(seed);
  const path = article ?? files.find((f) => /Raqqa|Aleppo/.test(readFileSync(f, 'utf8'))) ?? files[0];
  const uri = pathToFileURL(path).href;
  let text = readFileSync(path, 'utf8');
  let version = 1;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  await new Promise((ok) => {
    onPublish = (p) => p.uri === uri && ok();
    setTimeout(ok, 2000);
  });
  const editsStarted = performance.now();
  const own = [];
  /** The edits that reached other articles: how long, and when (epoch ms), to set beside the collections. */
  const otherSpans = [];
  let lastOwn = [];
  let missed = 0;
  for (let i = 0; i < edits; i++) {
    const { start, end, insert } = benchEdit(r, text, i);
    const range = { start: position(text, start), end: position(text, end) };
    text = applyBenchEdit(text, { start, end, insert });
    version++;
    const sent = performance.now();
    let ownAt = 0;
    let lastOther = 0;
    // The server publishes the edited article first, then the other articles the edit affects,
    // a few at a time; they are done when no diagnostics arrive for QUIET_MS.
    const done = new Promise((ok) => {
      let timer = setTimeout(() => ok(false), 5000);
      onPublish = (p, t) => {
        if (p.uri !== uri) {
          lastOther = t;
          if (ownAt > 0) {
            clearTimeout(timer);
            timer = setTimeout(() => ok(true), QUIET_MS);
          }
        } else if (p.version === version) {
          ownAt = t;
          lastOwn = p.diagnostics;
          clearTimeout(timer);
          timer = setTimeout(() => ok(true), QUIET_MS);
        }
      };
    });
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
    if (!(await done) || ownAt === 0) {
      missed++;
      continue;
    }
    own.push(ownAt - sent);
    if (lastOther > ownAt) otherSpans.push({ ms: lastOther - sent, from: performance.timeOrigin + sent, to: performance.timeOrigin + lastOther });
  }
  const rssEdits = rssMb(proc.pid);
  const others = otherSpans.map(({ ms }) => ms);
  // the slowest three of them, each with whether one of V8's full collections started during it
  const slowestOthers = [...otherSpans]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ ms, from, to }) => ({ ms, collecting: collections.some(({ at }) => at >= from && at <= to) }));
  // the full collections (their final pauses) while the edits ran
  const editsFrom = performance.timeOrigin + editsStarted;
  const collectionsInEdits = collections.filter(({ kind, at }) => kind === 'major' && at >= editsFrom).length;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  if (flags.length > 0 && proc.exitCode === null && proc.signalCode === null) await new Promise((ok) => proc.once('exit', ok));
  conn.dispose();
  proc.kill();
  return { articles: files.length, scanMs, scanPublished, scanBytes, scanStages, rssScan, rssEdits, own, others, slowestOthers, collectionsInEdits, missed, edits, lastOwn, editStages };
}
