import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeParts } from '../../server/src/cli/encode';
import { ROOT } from '../support/paths';

describe('report encoding', () => {
  // Real text with two- and three-byte characters: the seeds' curly quotes and dashes, and arrows.
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const parts = seeds.flatMap((text) => text.split(/(?<=\n)/).map((line) => `"${line}" → ${JSON.stringify(line)}`));

  it('cuts buffers at part ends only: each is valid UTF-8 and together they are the report', () => {
    assert.ok(parts.some((p) => Buffer.byteLength(p) > p.length + 2), 'the seeds have multi-byte characters');
    for (const size of [64, 1000, 1 << 20]) {
      const chunks = [...encodeParts(parts, size)];
      const strict = new TextDecoder('utf-8', { fatal: true });
      const decoded = chunks.map((c) => strict.decode(c));
      assert.equal(decoded.join(''), parts.join(''));
      // a buffer holds several parts up to its size; only a part too big for one is alone
      for (const c of chunks) assert.ok(c.length <= size || parts.includes(strict.decode(c)), `chunk of ${c.length} bytes at size ${size}`);
      if (size === 1 << 20) assert.equal(chunks.length, 1);
    }
  });

  it('writes nothing for no parts and skips empty ones', () => {
    assert.deepEqual([...encodeParts([])], []);
    assert.deepEqual([...encodeParts(['', ''])], []);
  });
});
