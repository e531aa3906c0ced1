#!/usr/bin/env node
// Writes schemas/corpuslintrc.schema.json from the rule registry (and, with the extension,
// package.json's contributed settings). --check fails when a committed file is stale.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-schema-'));
const bundle = join(dir, 'schema.cjs');
await esbuild.build({
  stdin: {
    contents: "export { configSchema } from './server/src/shared/configSchema'; export { settingsContribution } from './server/src/shared/settingsContribution';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'silent',
});
const require = createRequire(import.meta.url);
const { configSchema, settingsContribution } = require(bundle);
rmSync(dir, { recursive: true, force: true });

const check = process.argv.includes('--check');
let stale = false;
function emit(path, text) {
  const full = join(root, path);
  let current = '';
  try {
    current = readFileSync(full, 'utf8');
  } catch {
    // missing
  }
  if (current === text) return;
  if (check) {
    console.error(`${path} is stale: run node scripts/gen-schemas.mjs`);
    stale = true;
  } else {
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
}
emit('schemas/corpuslintrc.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
pkg.contributes = { ...(pkg.contributes ?? {}), configuration: settingsContribution() };
emit('package.json', JSON.stringify(pkg, null, 2) + '\n');
if (stale) process.exit(1);
