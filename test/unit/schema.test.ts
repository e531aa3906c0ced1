import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseConfig } from '../../server/src/core/config/config';
import { defaultSeverities } from '../../server/src/core/rules';
import { ROOT } from '../support/paths';

describe('generated files', () => {
  it('schemas/corpuslintrc.schema.json and package.json settings are generated from the rule registry', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-schemas.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('lexicon.json is what compromise generates', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-lexicon.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('the JSON schema and the configuration parser agree', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/corpuslintrc.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const cases: [unknown, boolean][] = [
      [{ rules: { 'spelling-variant': 'error', 'entity-alias': ['info', { acronyms: 'all' }] }, preferred: ['Deir ez-Zor'] }, true],
      [{ entities: [{ canonical: 'Tal Hamis', kind: 'place', spellings: ['Tel Hamis'] }], ignore: ['drafts/**'] }, true],
      [{ dismissed: [{ rule: 'unattributed-claim', file: 'a.txt', sentence: 'abc', text: '' }] }, true],
      [{ rules: { 'spelling-variant': 'loud' } }, false],
      [{ rules: { 'no-such-rule': 'off' } }, false],
      [{ preferred: 'Raqqa' }, false],
      [{ colour: true }, false],
      [{ entities: [{ kind: 'place' }] }, false],
    ];
    for (const [config, valid] of cases) {
      assert.equal(validate(config), valid, `schema: ${JSON.stringify(config)}`);
      assert.equal(parseConfig(config, defaultSeverities()).errors.length === 0, valid, `parser: ${JSON.stringify(config)}`);
    }
  });
});
