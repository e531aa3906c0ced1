// Bundles the CLI, the language server (with its analysis worker) and the VS Code client from one
// script, in the shape of vscode-extension-samples' esbuild-sample: `--watch` rebuilds on change,
// `--production` minifies, `--tests` also compiles the test suites to out/test.
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Logs problems the way VS Code's problem matcher for esbuild expects. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  // jsonc-parser's UMD build requires files dynamically: bundle its ES module build instead.
  mainFields: ['module', 'main'],
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
};

const builds = [
  // The CLI: `corpus-lint`, with its worker threads.
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/node/worker.ts' }, outdir: 'out', banner: { js: '#!/usr/bin/env node' } },
  // The language server, started by the client over IPC or by any editor over --stdio.
  { ...common, entryPoints: { server: 'server/src/lsp/server.ts', worker: 'server/src/node/worker.ts' }, outdir: 'server/out' },
  // The VS Code extension client.
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'out', external: ['vscode'] },
];

function testEntries(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'snapshots') found.push(...testEntries(p));
    } else if (/\.(test|suite)\.ts$|^index\.ts$|^run[-\w]*\.ts$|-errors\.ts$/.test(name) && !p.includes('bench')) found.push(p);
  }
  return found;
}

if (tests) {
  rmSync('out/test', { recursive: true, force: true });
  builds.push({
    ...common,
    sourcemap: true,
    entryPoints: testEntries('test'),
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'ajv', 'playwright-core', '@vscode/test-electron'],
  });
}

mkdirSync('out', { recursive: true });
if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) {
    for (const f of failed) if (f.reason?.errors?.length === 0 || !f.reason?.errors) console.error(f.reason);
    process.exit(1);
  }
  chmodSync('out/cli.js', 0o755);
}
