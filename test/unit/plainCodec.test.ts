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
import { internSummary, POOLED_FIELDS, StringPool } from '../../server/src/core/analysis/intern';
import { MentionFlag, mentionIs, type DocumentSummary } from '../../server/src/core/analysis/summary';
import { decode, encode, encodeEach, type Pooling } from '../../server/src/node/plainCodec';
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

/** Summaries of 120 real articles and the seeds. */
function realSummaries(): DocumentSummary[] {
  const dir = join(DEV_CORPUS, 'articles');
  const files = readdirSync(dir).sort().slice(0, 120).map((f) => join(dir, f));
  for (const f of readdirSync(SEEDS)) files.push(join(SEEDS, f));
  return files.map((f, i) => summarize({ uri: `file:///c/${i}.txt`, version: i, text: readFileSync(f, 'utf8') }, Knowledge.default()));
}

describe('plain-data codec (worker messages)', () => {
  it('gives back real summaries exactly, batch by batch', () => {
    const summaries = realSummaries();
    // optional fields set after a summary is built (quoted mentions, unattributed quotes) are there
    assert.ok(summaries.some((s) => s.mentions.some((m) => mentionIs(m, MentionFlag.Quoted))), 'a quoted mention in the sample');
    assert.ok(summaries.some((s) => s.sentences.some((x) => x.unattributedQuote)), 'an unattributed quote in the sample');
    for (let i = 0; i < summaries.length; i += 40) {
      const batch = summaries.slice(i, i + 40);
      const encoded = encode(batch);
      assert.ok(encoded.strings.length < JSON.stringify(batch).length / 10, 'strings are written once');
      sameInOrder(batch, decode(encoded));
    }
  });

  it('encodes items made one at a time as it encodes their array (what a worker sends)', () => {
    const summaries = realSummaries().slice(0, 40);
    const made: number[] = [];
    const each = encodeEach(summaries.length, (i) => (made.push(i), summaries[i]));
    assert.deepEqual(made, summaries.map((_, i) => i), 'each item made once, in order');
    const whole = encode(summaries);
    assert.deepEqual([...each.ops], [...whole.ops]);
    assert.deepEqual([...each.nums], [...whole.nums]);
    assert.deepEqual(each.strings, whole.strings);
    assert.deepEqual(each.shapes, whole.shapes);
    sameInOrder(summaries, decode(each));
    sameInOrder([], decode(encodeEach(0, () => assert.fail('no item to make'))));
  });

  it('pools the strings internSummary pools as it decodes, and only those', () => {
    const summaries = realSummaries();
    const strings = new StringPool();
    let lists = 0;
    const pooling: Pooling = {
      strings: new Set(POOLED_FIELDS.strings),
      lists: new Set(POOLED_FIELDS.lists),
      intern: (s) => strings.intern(s),
      list: (items) => (lists++, strings.internList(items)),
    };
    const decoded: DocumentSummary[] = [];
    for (let i = 0; i < summaries.length; i += 40) decoded.push(...(decode(encode(summaries.slice(i, i + 40)), pooling) as DocumentSummary[]));
    sameInOrder(summaries, decoded);
    // every string internSummary would share is in the pool already: it adds none
    const pooled = strings.size;
    assert.ok(pooled > 1000, `${pooled} strings pooled`);
    for (const s of decoded) internSummary(s, strings);
    assert.equal(strings.size, pooled);
    // lists are shared whole: two figures with the same places hold one array
    const byKey = new Map<string, readonly string[]>();
    let shared = 0;
    for (const f of decoded.flatMap((s) => s.figures)) {
      const seen = byKey.get(f.places.join('|'));
      if (seen && f.places.length > 0) shared += seen === f.places ? 1 : 0;
      else byKey.set(f.places.join('|'), f.places);
    }
    assert.ok(lists > 0 && shared > 0, `${shared} shared place lists`);
    // sentence keys and content hashes are the article's own: not pooled
    strings.intern(decoded[0].hash);
    strings.intern(decoded[0].sentences[0].key);
    assert.equal(strings.size, pooled + 2);
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
