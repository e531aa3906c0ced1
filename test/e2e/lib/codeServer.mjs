// Starts code-server (VS Code's server and web workbench) on a free loopback port with its own
// config, user-data, extensions and HOME folders, and stops it by PID, with its children, whatever
// happened. Also opens the workbench in Debian's Chromium with playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './tools.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A temporary folder for one run: state of code-server and Chromium, and the workspace. */
export function makeRunDir(prefix) {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/** Copies `seeds/` into the run folder as a workspace folder named `seeds`, and returns its path. */
export function copyWorkspace(runDir, seedsDir) {
  const ws = join(runDir, 'seeds');
  cpSync(seedsDir, ws, { recursive: true });
  return ws;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
};

/** code-server's own folders inside the run folder, and an environment that points HOME and XDG there. */
function stateOf(tools, runDir) {
  const home = join(runDir, 'home');
  const userData = join(runDir, 'user-data');
  const extensions = join(runDir, 'extensions');
  for (const d of [home, userData, extensions, join(userData, 'User')]) mkdirSync(d, { recursive: true });
  const env = {
    PATH: `${join(tools.node, '..')}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    TMPDIR: tmpdir(),
    LANG: 'C.UTF-8',
  };
  return { userData, extensions, env, entry: join(tools.codeServer, 'out', 'node', 'entry.js') };
}

/** Installs a .vsix into the run's extensions folder, as a user would with `code --install-extension`. */
export function installExtension(tools, runDir, vsix) {
  const { userData, extensions, env, entry } = stateOf(tools, runDir);
  const r = spawnSync(tools.node, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
  }
}

/**
 * Starts code-server on `workspace` and resolves when it answers /healthz.
 * Returns `{ url, port, stop(), log() }`; `stop()` kills the whole process group.
 */
export async function startCodeServer({ tools, runDir, workspace, extraSettings = {}, log = console.log }) {
  const port = await freePort();
  const { userData, extensions, env, entry } = stateOf(tools, runDir);
  const config = join(runDir, 'code-server.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));

  const args = [
    entry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    workspace,
  ];
  let output = '';
  const child = spawn(tools.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async () => {
    if (exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it answered:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`e2e: code-server on ${url} (pid ${child.pid})`);
  return { url, port, pid: child.pid, stop, log: () => output };
}

/** Opens Debian's Chromium with a fresh profile; the flags keep it off the (closed) network. */
export async function launchBrowser(tools, runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = join(runDir, 'chromium');
  const context = await tools.playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return context;
}

export function removeRunDir(runDir) {
  rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
}
