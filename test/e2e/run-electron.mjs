#!/usr/bin/env node
// The desktop real-editor runner, for machines that can download VS Code: @vscode/test-electron
// runs the mocha suite of test/e2e/suite in the oldest VS Code that engines.vscode allows and in
// the current stable, with --disable-extensions, on a copy of seeds/. Where update.code.visualstudio.com
// cannot be reached (as on our CI machines) it says so and fails at once instead of hanging; use
// `npm run test:e2e` there. On Linux without a display, run it under xvfb-run.
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWorkspace, makeRunDir, removeRunDir } from './lib/codeServer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const UPDATE_HOST = 'update.code.visualstudio.com';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const minimum = pkg.engines.vscode.replace(/^[\^~>=]+/, '');
const versions = (process.env.CORPUS_LINT_VSCODE_VERSIONS ?? `${minimum},stable`).split(',');

async function reachable(host, ms) {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms).unref());
  try {
    await Promise.race([lookup(host), timeout]);
    const res = await Promise.race([fetch(`https://${host}/api/releases/stable`, { method: 'HEAD' }), timeout]);
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return err?.cause?.code ?? err?.code ?? err?.message ?? String(err);
  }
}

async function main() {
  if (!existsSync(SUITE)) {
    console.error(`e2e: ${SUITE} is missing: run \`node esbuild.mjs --tests\` first (npm run test:e2e:electron does).`);
    return 2;
  }
  const problem = await reachable(UPDATE_HOST, 8000);
  if (problem) {
    console.error(
      `e2e: cannot download VS Code: ${UPDATE_HOST} is unreachable (${problem}).\n` +
        '     @vscode/test-electron needs it; on a machine without that access run the same suite with\n' +
        '     `npm run test:e2e` (VS Code from code-server, installed from the npm registry).',
    );
    return 1;
  }
  const { runTests } = await import('@vscode/test-electron');
  let failed = 0;
  for (const version of versions) {
    const runDir = makeRunDir('corpus-lint-electron');
    try {
      const workspace = copyWorkspace(runDir, join(ROOT, 'seeds'));
      console.log(`e2e: VS Code ${version} on ${workspace}`);
      await runTests({
        version,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: SUITE,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(runDir, 'user-data')],
        timeout: 60_000, // a download that stalls for a minute fails
      });
      console.log(`e2e: VS Code ${version}: passed`);
    } catch (err) {
      failed++;
      console.error(`e2e: VS Code ${version}: FAILED (${err instanceof Error ? err.message : String(err)})`);
    } finally {
      removeRunDir(runDir);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
