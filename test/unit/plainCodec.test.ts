/**
 * The encoding the analysis workers send their summaries in: what the main thread decodes must be
 * the summary the worker made, keys in the same order (reports and summary files are written
 * from it), values unchanged.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { decode, encode } from '../../server/src/node/plainCodec';
import { DEV_CORPUS, SEEDS } from '../support/paths';

/** Deep equality that also compares the order of keys (deepEqual does not). */
function sameInOrder(a: unknown, b: unknown, path = '$'): void {
  if (typeof a !== 'object' || a === null) {
    assert.ok(Object.is(a, b), `${path}: ${String(a)} became ${String(b)}`);
    return;
  }
  assert.equal(Array.isArray(b), Array.isArray(a), `${path}: array or object`);
  const ka = Object.keys(a);
  assert.deepEqual(Object.keys(b as object), ka, `${path}: keys`);
  for (const k of ka) sameInOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
}

describe('plain-data codec (worker messages)', () => {
  it('gives back real summaries exactly, batch by batch', () => {
    const dir = join(DEV_CORPUS, 'articles');
    const files = readdirSync(dir).sort().slice(0, 120).map((f) => join(dir, f));
    for (const f of readdirSync(SEEDS)) files.push(join(SEEDS, f));
    const summaries = files.map((f, i) => summarize({ uri: `file:///c/${i}.txt`, version: i, text: readFileSync(f, 'utf8') }, Knowledge.default()));
    // optional fields set after a summary is built (quoted mentions, unattributed quotes) are there
    assert.ok(summaries.some((s) => s.mentions.some((m) => m.quoted)), 'a quoted mention in the sample');
    assert.ok(summaries.some((s) => s.sentences.some((x) => x.unattributedQuote)), 'an unattributed quote in the sample');
    for (let i = 0; i < summaries.length; i += 40) {
      const batch = summaries.slice(i, i + 40);
      const encoded = encode(batch);
      assert.ok(encoded.strings.length < JSON.stringify(batch).length / 10, 'strings are written once');
      sameInOrder(batch, decode(encoded));
    }
  });

  it('keeps numbers, strings and shapes that plain JSON would change or lose', () => {
    const value = {
      ints: [0, -1, 1 << 26, -(1 << 26), 2 ** 31, Number.MAX_SAFE_INTEGER, -0],
      floats: [0.1, -2.5e-300, 1e21, Number.MAX_VALUE, NaN, Infinity, -Infinity],
      strings: ['', 'Raqqa', 'الرقة', 'Deir ez-Zor\u0000', '💥', 'Raqqa'],
      shapes: [{ a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1 }, { 1: 'one', x: 'x', 0: 'zero' }, {}],
      nothing: [null, undefined, true, false],
      nested: [[[]], [{ list: [{ deep: [1, 'two'] }] }]],
    };
    sameInOrder(value, decode(encode(value)));
    const proto = JSON.parse('{"__proto__": {"polluted": true}, "after": 1}') as Record<string, unknown>;
    const back = decode(encode(proto)) as Record<string, unknown>;
    sameInOrder(proto, back);
    assert.equal(Object.getPrototypeOf(back), Object.prototype, 'a "__proto__" key stays a key');
  });

  it('refuses what it cannot encode and what is not an encoding', () => {
    assert.throws(() => encode({ f: () => 1 }), /cannot encode a function/);
    const good = encode([1, 2, 3]);
    assert.throws(() => decode({ ...good, ops: good.ops.subarray(0, 2) }), /corrupt/);
    assert.throws(() => decode({ ...good, ops: Int32Array.of(...good.ops, 0) }), /corrupt/);
  });
});
