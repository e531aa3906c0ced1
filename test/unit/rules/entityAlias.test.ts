import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../server/src/core/config/config';
import { CorpusLinter } from '../../../server/src/core/linter';
import { defaultSeverities } from '../../../server/src/core/rules';
import { actual, expectMarked, lintFixtures } from '../../support/fixture';

const RULE = ['entity-alias'] as const;

describe('entity-alias', () => {
  it('reports other names of an entity at info level, with the canonical name as a suggestion', () => {
    const { linter } = expectMarked(
      {
        'a.txt': 'ISIS fighters retreated. ISIS lost the city.',
        'b.txt': `
ISIL claimed the attack. Daesh denied it.
^^^^ entity-alias -> ISIS
                         ^^^^^ entity-alias -> ISIS`,
      },
      RULE,
    );
    const f = linter.findings('b.txt')[0];
    assert.equal(f.severity, 'info');
    assert.equal(f.fixes?.[0].safe, false, 'an alias is not replaced by --fix');
  });

  it('says so, without a fix, when the other name is inside a quotation', () => {
    const { linter } = expectMarked(
      {
        'a.txt': 'ISIS fighters retreated. ISIS lost the city.',
        'b.txt': `
The troops aim to "ensure the security of Aleppo against the attacks of Daesh jihadists", the source said.
                                                                        ^^^^^ entity-alias`,
      },
      RULE,
    );
    const f = linter.findings('b.txt')[0];
    assert.match(f.message, /inside a quotation/);
    assert.equal(f.fixes, undefined);
  });

  it('reports an acronym only where the article never spells it out', () => {
    expectMarked(
      {
        'a.txt': 'The Syrian Democratic Forces (SDF) advanced. The SDF took the dam.',
        'b.txt': `
The SDF entered Tabqa.
    ^^^ entity-alias -> Syrian Democratic Forces`,
        'c.txt': 'The United States and the US-led coalition agreed.',
      },
      RULE,
    );
  });

  it('can be asked to report every acronym, or none', () => {
    const config = defaultConfig(defaultSeverities());
    config.ruleOptions['entity-alias'] = { acronyms: 'never' };
    const { linter, texts } = lintFixtures({ 'a.txt': 'The Syrian Democratic Forces advanced.', 'b.txt': 'The SDF entered Tabqa.' }, new CorpusLinter({ config }));
    assert.deepEqual(actual(linter, texts, RULE), []);
  });
});
