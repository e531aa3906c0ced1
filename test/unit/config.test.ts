import * as assert from 'node:assert/strict';
import { parseConfig, userEntitySpecs } from '../../server/src/core/config/config';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { CorpusLinter } from '../../server/src/core/linter';
import { defaultSeverities } from '../../server/src/core/rules';

describe('configuration', () => {
  it('reads severities, options and lists', () => {
    const { config, errors } = parseConfig(
      { rules: { 'entity-alias': 'off', 'figure-conflict': ['error', { maxDays: 2 }] }, preferred: ['Deir ez-Zor'], accepted: ['Raqqah'], ignore: ['drafts/**'] },
      defaultSeverities(),
    );
    assert.deepEqual(errors, []);
    assert.equal(config.rules['entity-alias'], 'off');
    assert.equal(config.rules['figure-conflict'], 'error');
    assert.deepEqual(config.ruleOptions['figure-conflict'], { maxDays: 2 });
    assert.equal(config.rules['spelling-variant'], 'warning', 'defaults stay');
  });

  it('names every problem with its key', () => {
    const { errors } = parseConfig({ rules: { 'no-such-rule': 'warning', 'spelling-variant': 'loud' }, preferred: 'x', colour: 1 }, defaultSeverities());
    assert.deepEqual(errors, [
      'unknown key "colour" (expected one of rules, canonical, preferred, accepted, entities, ignore, dismissed, metadata)',
      'rules: unknown rule "no-such-rule" (known rules: spelling-variant, entity-alias, unattributed-claim, weak-attribution, unattributed-quote, figure-conflict)',
      'rules.spelling-variant: expected one of off, hint, info, warning, error',
      '"preferred" must be an array of non-empty strings',
    ]);
  });

  it('reads the metadata files as a path, a list of paths or false; the convention when absent', () => {
    const read = (metadata: unknown): unknown => {
      const { config, errors } = parseConfig({ metadata }, defaultSeverities());
      return errors.length > 0 ? errors : config.metadata;
    };
    assert.deepEqual(read('data/sources.csv'), ['data/sources.csv']);
    assert.deepEqual(read(['a.csv', 'b.csv']), ['a.csv', 'b.csv']);
    assert.equal(read(false), false);
    assert.equal(parseConfig({}, defaultSeverities()).config.metadata, null);
    for (const wrong of [true, '', [], [''], 3]) {
      assert.deepEqual(read(wrong), ['"metadata" must be a file path, an array of file paths (relative to this file) or false'], JSON.stringify(wrong));
    }
  });

  it('adds entities from the configuration to the knowledge', () => {
    const { config } = parseConfig({ entities: [{ canonical: 'Tal Hamis', kind: 'place', spellings: ['Tel Hamees'] }] }, defaultSeverities());
    const linter = new CorpusLinter({ config, knowledge: new Knowledge(userEntitySpecs(config)) });
    linter.set({ uri: 'a', version: 0, text: 'Tal Hamis was shelled.' });
    linter.set({ uri: 'b', version: 0, text: 'Tel Hamees was shelled.' });
    assert.deepEqual(linter.findings('b').filter((f) => f.ruleId === 'spelling-variant').map((f) => f.fixes?.[0].edits[0].newText), ['Tal Hamis']);
  });

  it('turning a rule off removes its findings', () => {
    const { config } = parseConfig({ rules: { 'spelling-variant': 'off' } }, defaultSeverities());
    const linter = new CorpusLinter();
    linter.set({ uri: 'a', version: 0, text: 'Raqqa fell.' });
    linter.set({ uri: 'b', version: 0, text: 'Raqqah fell.' });
    assert.equal(linter.findings('b').length, 1);
    linter.setConfig(config);
    assert.equal(linter.findings('b').length, 0);
  });
});
