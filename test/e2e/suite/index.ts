/**
 * Entry of the real-editor suite, in the @vscode/test-electron shape: VS Code loads this file in
 * its extension host (extensionTestsPath) and awaits `run()`. It runs every `*.suite.js` beside it
 * with mocha and rejects when a test fails, which makes VS Code exit with code 1.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // The tests build on each other (one editing session), so the first failure stops the run.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000, bail: true });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.suite.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} real-editor test(s) failed`)) : resolve()));
  });
}
