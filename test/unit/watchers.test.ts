import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { watchersFor } from '../../server/src/lsp/watchers';

describe('file watchers the server registers', () => {
  const fixed = ['**/*.txt', '**/.corpuslintrc.json', '**/metadata.csv'];

  it('watches the fixed globs, and each named file once: relative to its folder, or by name in any folder', () => {
    const files = ['/w/data/sources.csv', '/w/conf/lint.json', '/w/data/sources.csv'];
    assert.deepEqual(watchersFor([], true).map((w) => w.globPattern), fixed);
    assert.deepEqual(watchersFor(files, false).map((w) => w.globPattern), [...fixed, '**/sources.csv', '**/lint.json']);
    assert.deepEqual(watchersFor(files, true).map((w) => w.globPattern), [
      ...fixed,
      { baseUri: pathToFileURL('/w/data').href, pattern: 'sources.csv' },
      { baseUri: pathToFileURL('/w/conf').href, pattern: 'lint.json' },
    ]);
  });

  it('reads no glob syntax into a file name: such a character matches any one character', () => {
    assert.deepEqual(watchersFor(['/w/data/export[1]{b}.csv', '/w/x*.csv'], false).map((w) => w.globPattern).slice(3), ['**/export?1??b?.csv', '**/x?.csv']);
  });
});
