// Builds benchmark corpora of N articles (~2.5 KB each) from the real articles in
// ../shared/corpus/fakes-dev and the seeds, deterministically by seed: each article is a real one
// cut (or extended with sentences of another) to about 2.5 KB, with entity spellings swapped for
// known variants and some figures scaled, so every rule has work to do. Written to a temporary
// folder and reused while it is complete.
//
//   node test/bench/generate.mjs 10000 [--seed 1] [--out DIR]   prints the folder
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const DEV = resolve(ROOT, '../shared/corpus/fakes-dev/articles');
const TARGET_BYTES = 2500;
const PER_FOLDER = 1000;

/** Variant spellings a real corpus mixes (facts; the first is the common form). */
const VARIANTS = [
  ['Raqqa', 'Raqqah', 'Rakka', 'al-Raqqa'],
  ['Deir Ezzor', 'Deir ez-Zor', 'Deir al-Zor', 'Deir Ezzour', 'Deir el-Zour'],
  ['Aleppo', 'Halab'],
  ['Idlib', 'Idleb'],
  ['Homs', 'Hims'],
  ['Hama', 'Hamah'],
  ['Daraa', "Dera'a", 'Deraa'],
  ['Palmyra', 'Tadmur'],
  ['Manbij', 'Menbij'],
  ['Kobani', 'Kobane', 'Ayn al-Arab'],
  ['Ghouta', 'Ghutah'],
  ['Tabqa', 'Tabaqa'],
  ['Bashar al-Assad', 'Bashar al Assad', 'Bashar Assad'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS'],
  ['Syrian Democratic Forces', 'SDF', 'Syrian democratic forces'],
  ['Syrian Observatory for Human Rights', 'SOHR', 'Syrian Observatory'],
  ['Hezbollah', 'Hizbollah', 'Hizbullah'],
  ['Jabhat al-Nusra', 'Nusra Front', 'al-Nusra Front'],
];

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VARIANT_RES = VARIANTS.map((forms) => ({ forms, re: new RegExp(`\\b(?:${forms.map(escape).join('|')})\\b`, 'g') }));

function readSources() {
  if (!existsSync(DEV)) throw new Error(`${DEV} not found: the benchmark reads the real articles from ../shared`);
  const texts = [];
  for (const dir of [DEV, join(ROOT, 'seeds')]) {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
  }
  return texts;
}

const sentencesOf = (text) => text.match(/[^.!?]+(?:[.!?]+["'\u201d]?\s*|$)/g) ?? [text];

/** About TARGET_BYTES of text: a cut at a sentence end, or the article plus sentences of another. */
function sized(base, other) {
  const out = [];
  let size = 0;
  for (const s of [...sentencesOf(base), ...sentencesOf(other)]) {
    if (size > 0 && size + s.length > TARGET_BYTES * 1.15) break;
    out.push(s);
    size += s.length;
    if (size >= TARGET_BYTES) break;
  }
  return out.join('').trim() + '\n';
}

function vary(text, r) {
  let out = text;
  for (const { forms, re } of VARIANT_RES) {
    if (r() < 0.5) continue;
    // This article prefers one spelling, and writes it that way in most places.
    const preferred = forms[Math.floor(r() * forms.length)];
    out = out.replace(re, (m) => (r() < 0.8 ? preferred : m));
  }
  // Scale some figures: a number before a counted noun moves by up to ±40 %.
  return out.replace(/\b(\d{1,3}(?:,\d{3})+|\d{2,5})(?= (?:people|civilians|fighters|militants|jihadists|soldiers|children|killed|dead|wounded|injured|troops|families))/g, (m) => {
    if (r() < 0.6) return m;
    const n = Number(m.replace(/,/g, ''));
    const scaled = Math.max(2, Math.round(n * (0.6 + r() * 0.8)));
    return m.includes(',') || scaled >= 10000 ? scaled.toLocaleString('en-US') : String(scaled);
  });
}

export function generate(count, { seed = 1, out } = {}) {
  const dir = out ?? join(tmpdir(), 'corpus-lint-bench', `${count}-seed${seed}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const sources = readSources();
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = sources[Math.floor(r() * sources.length)];
    const other = sources[Math.floor(r() * sources.length)];
    const text = vary(sized(base, other), r);
    const folder = join(dir, `part-${String(Math.floor(i / PER_FOLDER)).padStart(3, '0')}`);
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(marker, JSON.stringify({ count, seed, bytes }));
  return dir;
}

/**
 * A copy of a generated corpus with one long read added, `part-000/long-read.txt`: the real
 * articles that mention Raqqa joined until it has about `chars` characters (27,000: some 4,500
 * words, a long feature). What an edit costs grows with its article, so the bench edits this one
 * too. Reused while complete, like the corpora.
 */
export function withLongRead(dir, { chars = 27000 } = {}) {
  const out = `${dir}-long-read`;
  const path = join(out, 'part-000', 'long-read.txt');
  const marker = join(out, '.complete');
  if (existsSync(marker)) return { dir: out, path };
  rmSync(out, { recursive: true, force: true });
  cpSync(dir, out, { recursive: true, filter: (from) => !from.endsWith('.complete') });
  let text = '';
  for (const source of readSources()) {
    if (text.length >= chars) break;
    if (/\bRaqqa\b/.test(source)) text += (text ? '\n\n' : '') + source.trim();
  }
  writeFileSync(path, `${text}\n`);
  const { count, seed, bytes } = JSON.parse(readFileSync(join(dir, '.complete'), 'utf8'));
  writeFileSync(marker, JSON.stringify({ count: count + 1, seed, bytes: bytes + Buffer.byteLength(text) + 1 }));
  return { dir: out, path };
}

export function corpusBytes(dir) {
  return JSON.parse(readFileSync(join(dir, '.complete'), 'utf8')).bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const count = Number(args[0] ?? 1000);
  const seedAt = args.indexOf('--seed');
  const outAt = args.indexOf('--out');
  const dir = generate(count, { seed: seedAt >= 0 ? Number(args[seedAt + 1]) : 1, out: outAt >= 0 ? resolve(args[outAt + 1]) : undefined });
  console.log(dir);
}
