#!/usr/bin/env node
// The offline real-editor runner: runs the mocha suite of test/e2e/suite inside the extension host
// of the VS Code that code-server bundles, driven by Debian's Chromium through playwright-core.
// Tools come from the npm registry into a cache folder (test/e2e/lib/tools.mjs); code-server runs
// on a free loopback port with its own state, and is stopped by PID whatever happens.
//
//   node test/e2e/run-offline.mjs            run the suite; exit with its result
//   node test/e2e/run-offline.mjs --broken   run it against a copy of the extension whose server
//                                            publishes no diagnostics; exit 0 only if the suite fails
//   --keep                                   keep the run folder (logs, workspace) for a look
import { appendFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { copyWorkspace, launchBrowser, makeRunDir, removeRunDir, startCodeServer } from './lib/codeServer.mjs';
import { ensureChromium, ensureTools } from './lib/tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const broken = process.argv.includes('--broken');
const keep = process.argv.includes('--keep');
const SUITE_DEADLINE_MS = 10 * 60_000;
const VSCODE_CHATTER = /^(\[|Resolv|Creating a socket|Updating additional|Started local extension host|Extension host)/;

for (const f of [SUITE, join(ROOT, 'out', 'client.js'), join(ROOT, 'server', 'out', 'server.js')]) {
  if (!existsSync(f)) {
    console.error(`e2e: ${f} is missing: run \`node esbuild.mjs --tests\` first (npm run test:e2e does).`);
    process.exit(2);
  }
}

/** A copy of the extension whose server drops every publishDiagnostics: the suite must fail on it. */
function brokenExtension(runDir) {
  const dir = join(runDir, 'broken-extension');
  for (const f of ['package.json', 'language-configuration.json', 'out/client.js', 'syntaxes', 'schemas', 'server/out']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  }
  cpSync(join(dir, 'server/out/server.js'), join(dir, 'server/out/real-server.js'));
  writeFileSync(
    join(dir, 'server/out/server.js'),
    [
      '// Deliberately broken: the real server, with every diagnostics notification dropped.',
      'const send = process.send.bind(process);',
      'process.send = (message, ...rest) => {',
      "  if (message?.method !== 'textDocument/publishDiagnostics') return send(message, ...rest);",
      "  rest.find((a) => typeof a === 'function')?.(null);",
      '  return true;',
      '};',
      "require('./real-server.js').main();",
      '',
    ].join('\n'),
  );
  return dir;
}

async function main() {
  const started = Date.now();
  ensureChromium();
  const tools = ensureTools();
  const runDir = makeRunDir('corpus-lint-e2e');
  const workspace = copyWorkspace(runDir, join(ROOT, 'seeds'));
  const extensionDir = broken ? brokenExtension(runDir) : ROOT;
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  console.log(`e2e: workspace ${workspace}${broken ? ' (with a deliberately broken extension)' : ''}`);

  let server;
  let browser;
  let exitCode = 1;
  try {
    server = await startCodeServer({ tools, runDir, workspace });
    browser = await launchBrowser(tools, runDir);
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    const hostLog = join(runDir, 'logs', 'extension-host.log');
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      appendFileSync(hostLog, `[${type}] ${line}\n`);
      // mocha's report is printed; VS Code's own chatter and complaints (the offline gallery, its
      // native log module) go to the file only.
      if (type === 'info' && !VSCODE_CHATTER.test(line)) process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    page.on('pageerror', (err) => console.error(`e2e: page error: ${err.message}`));
    const auth = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${auth}${extensionDir}`],
      ['extensionTestsPath', `vscode-remote://${auth}${SUITE}`],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_DEADLINE_MS).unref());
    const code = await Promise.race([finished, timeout]);
    if (code === 'timeout') {
      console.error(`e2e: the suite did not finish within ${SUITE_DEADLINE_MS / 60000} minutes`);
      await page.screenshot({ path: join(runDir, 'logs', 'timeout.png') }).catch(() => undefined);
      exitCode = 1;
    } else {
      exitCode = Number(code);
    }
  } catch (err) {
    console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (exitCode !== 0 && server && !broken) {
      writeFileSync(join(runDir, 'logs', 'code-server.log'), server.log());
      console.error(`e2e: code-server's log: ${join(runDir, 'logs', 'code-server.log')}`);
    }
    if (!keep && (exitCode === 0 || broken)) removeRunDir(runDir);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (broken) {
    if (exitCode === 0) {
      console.error(`e2e: the suite PASSED against an extension whose server publishes nothing (${seconds} s): it cannot catch that break.`);
      return 1;
    }
    console.log(`e2e: as it must, the suite failed against the broken extension (${seconds} s).`);
    return 0;
  }
  console.log(`e2e: ${exitCode === 0 ? 'passed' : `FAILED (exit ${exitCode})`} in ${seconds} s`);
  return exitCode;
}

process.exitCode = await main();
