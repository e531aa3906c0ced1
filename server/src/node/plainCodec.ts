/**
 * A compact encoding of plain data (objects, arrays, strings, numbers, booleans, null), for the
 * summaries that cross from the analysis workers to the main thread. Structured cloning copies
 * every string and property name of every object and rebuilds each object property by property:
 * for 10,000 summaries (600,000 small objects) that was ~0.5 s in the workers and ~0.8 s of the
 * main thread's time, while both cores were busy analysing. Here each distinct string and each
 * object shape (its keys, in order) is written once per message, values go into typed arrays
 * that are transferred, not copied, and objects are rebuilt by one literal per shape, so they
 * get their final hidden class at once. `decode(encode(x))` has the same keys in the same order
 * and the same values as `x` (a test checks it on real summaries).
 */

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const UNDEFINED = 3;
/** A small integer in the op itself. */
const INT = 4;
/** A number in `nums`. */
const NUM = 5;
const STRING = 6;
const ARRAY = 7;
const OBJECT = 8;
const TAG_BITS = 4;
const SMALL = 1 << 26;

export interface Encoded {
  ops: Int32Array;
  nums: Float64Array;
  strings: string[];
  shapes: string[][];
}

class Writer {
  ops = new Int32Array(1024);
  length = 0;
  nums: number[] = [];
  strings: string[] = [];
  shapes: string[][] = [];
  private readonly stringIds = new Map<string, number>();
  /** Shape ids by first key: a shape is found by comparing keys, without joining them. */
  private readonly shapesByFirst = new Map<string | undefined, number[]>();

  /** An op with a payload: ids, lengths and indexes must fit beside the tag. */
  private tagged(payload: number, tag: number): void {
    if (payload >= SMALL) throw new RangeError(`plainCodec: more than ${SMALL} items in one message`);
    this.op((payload << TAG_BITS) | tag);
  }

  private op(x: number): void {
    if (this.length === this.ops.length) {
      const grown = new Int32Array(this.ops.length * 2);
      grown.set(this.ops);
      this.ops = grown;
    }
    this.ops[this.length++] = x;
  }

  private shapeOf(keys: string[]): number {
    let ids = this.shapesByFirst.get(keys[0]);
    if (!ids) this.shapesByFirst.set(keys[0], (ids = []));
    for (const id of ids) if (sameKeys(this.shapes[id], keys)) return id;
    const id = this.shapes.length;
    this.shapes.push(keys);
    ids.push(id);
    return id;
  }

  /** The start of an array: its `length` items are written next. */
  array(length: number): void {
    this.tagged(length, ARRAY);
  }

  write(v: unknown): void {
    switch (typeof v) {
      case 'string': {
        let id = this.stringIds.get(v);
        if (id === undefined) {
          id = this.strings.length;
          this.strings.push(v);
          this.stringIds.set(v, id);
        }
        this.tagged(id, STRING);
        return;
      }
      case 'number':
        if (Number.isInteger(v) && v > -SMALL && v < SMALL && !Object.is(v, -0)) this.op((v << TAG_BITS) | INT);
        else {
          this.tagged(this.nums.length, NUM);
          this.nums.push(v);
        }
        return;
      case 'boolean':
        this.op(v ? TRUE : FALSE);
        return;
      case 'undefined':
        this.op(UNDEFINED);
        return;
      case 'object':
        if (v === null) this.op(NULL);
        else if (Array.isArray(v)) {
          this.array(v.length);
          for (let i = 0; i < v.length; i++) this.write(v[i]);
        } else {
          const keys = Object.keys(v);
          this.tagged(this.shapeOf(keys), OBJECT);
          const o = v as Record<string, unknown>;
          for (let i = 0; i < keys.length; i++) this.write(o[keys[i]]);
        }
        return;
      default:
        throw new TypeError(`plainCodec: cannot encode a ${typeof v}`);
    }
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Encodes plain data; the typed arrays' buffers can be put in a postMessage transfer list. */
export function encode(value: unknown): Encoded {
  const w = new Writer();
  w.write(value);
  return encoded(w);
}

/**
 * Encodes an array of `count` items made one at a time by `item(i)`: what `encode` makes of the
 * array, without holding it. Each item is encoded as soon as it is made and can die young; a
 * worker that held a batch's 80 summaries until it encoded them had the young-generation
 * collector copy them again at every collection.
 */
export function encodeEach(count: number, item: (i: number) => unknown): Encoded {
  const w = new Writer();
  w.array(count);
  for (let i = 0; i < count; i++) w.write(item(i));
  return encoded(w);
}

function encoded(w: Writer): Encoded {
  return { ops: w.ops.subarray(0, w.length), nums: Float64Array.from(w.nums), strings: w.strings, shapes: w.shapes };
}

/** The buffers of an encoding, to transfer instead of copy. */
export function transferList(e: Encoded): ArrayBuffer[] {
  return [e.ops.buffer as ArrayBuffer, e.nums.buffer as ArrayBuffer];
}

/**
 * Strings shared as the objects are built: the values of `strings` keys (a string, or an array of
 * strings) go through `intern`, once per distinct string of a message; the arrays of `lists` keys
 * through `list` as well. Sharing them here costs one lookup per distinct string, where sharing
 * the decoded objects field by field cost one per field (~0.8 s of the main thread for 10,000
 * summaries, while the workers analyse).
 */
export interface Pooling {
  strings: ReadonlySet<string>;
  lists: ReadonlySet<string>;
  intern(s: string): string;
  list(items: readonly string[]): readonly string[];
}

type Reader = () => unknown;
type Build = (read: Reader, pooled: Reader, list: Reader) => Record<string, unknown>;

/** How a key's value is read: plain, with its strings pooled, or as a shared list. */
function readerOf(key: string, pooling: Pooling | undefined): 'read' | 'pooled' | 'list' {
  if (pooling?.lists.has(key)) return 'list';
  return pooling?.strings.has(key) ? 'pooled' : 'read';
}

/** One object literal per shape: `(read, pooled, list) => ({ "start": read(), "spelling": pooled(), ... })`. */
function builder(keys: readonly string[], readers: readonly string[]): Build {
  if (keys.includes('__proto__')) {
    // a literal would set the prototype: define the properties one by one
    return (...fns) => {
      const o: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        const value = fns[['read', 'pooled', 'list'].indexOf(readers[i])]();
        Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
      });
      return o;
    };
  }
  const body = keys.map((k, i) => `${JSON.stringify(k)}: ${readers[i]}()`).join(', ');
  // the keys are quoted by JSON.stringify and the readers are three fixed names: the source is a
  // literal of calls, nothing else
  return new Function('read', 'pooled', 'list', `return { ${body} };`) as Build;
}

/**
 * Builders by shape, kept across messages: a summary has a dozen shapes, and a builder used for
 * every batch gets optimised like any hot function (a new one per message starts cold).
 */
const builders = new Map<string, Build>();
const MAX_BUILDERS = 1000;

function builderOf(keys: readonly string[], pooling: Pooling | undefined): Build {
  const readers = keys.map((k) => readerOf(k, pooling));
  const name = `${keys.join('\u0000')}\u0001${readers.join(',')}`;
  let build = builders.get(name);
  if (!build) {
    if (builders.size >= MAX_BUILDERS) builders.clear();
    builders.set(name, (build = builder(keys, readers)));
  }
  return build;
}

export function decode(e: Encoded, pooling?: Pooling): unknown {
  const { ops, nums, strings } = e;
  const builds = e.shapes.map((keys) => builderOf(keys, pooling));
  /** The pool's copy of each string of the message, looked up the first time it is read. */
  const shared: (string | undefined)[] = pooling ? new Array<string | undefined>(strings.length) : [];
  let at = 0;
  const read = (): unknown => {
    if (at >= ops.length) throw new Error('plainCodec: corrupt encoding (it ends early)');
    const op = ops[at++];
    const payload = op >> TAG_BITS;
    switch (op & ((1 << TAG_BITS) - 1)) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case UNDEFINED:
        return undefined;
      case INT:
        return payload;
      case NUM:
        return nums[payload];
      case STRING:
        return strings[payload];
      case ARRAY: {
        const out: unknown[] = [];
        for (let i = 0; i < payload; i++) out.push(read());
        return out;
      }
      case OBJECT:
        return builds[payload](read, pooled, list);
      default:
        throw new Error(`plainCodec: corrupt encoding (op ${op} at ${at - 1})`);
    }
  };
  const pooled = (): unknown => {
    const op = ops[at];
    const tag = op & ((1 << TAG_BITS) - 1);
    if (tag === STRING && pooling) {
      at++;
      const id = op >> TAG_BITS;
      return (shared[id] ??= pooling.intern(strings[id]));
    }
    if (tag !== ARRAY) return read();
    at++;
    const length = op >> TAG_BITS;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(pooled());
    return out;
  };
  const list = (): unknown => {
    const value = pooled();
    return pooling && Array.isArray(value) && value.every((v) => typeof v === 'string') ? pooling.list(value as string[]) : value;
  };
  const value = read();
  if (at !== ops.length) throw new Error(`plainCodec: corrupt encoding (${ops.length - at} ops left over)`);
  return value;
}
