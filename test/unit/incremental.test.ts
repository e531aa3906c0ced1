import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sortedDifference } from '../../server/src/core/index/contribution';
import { isCompared } from '../../server/src/core/index/figureEntry';
import { PEER_WINDOW } from '../../server/src/core/index/figureIndex';
import { CorpusLinter } from '../../server/src/core/linter';
import { applyEdit, randomEdit } from '../support/edits';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { pick, rng } from '../support/random';

/** The first n fakes-dev articles (by file name) as documents. */
function devArticles(n: number): { uri: string; version: number; text: string }[] {
  const dir = join(DEV_CORPUS, 'articles');
  return readdirSync(dir)
    .sort()
    .slice(0, n)
    .map((f) => ({ uri: `file:///dev/${f}`, version: 0, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every article's findings are the same in both linters; there are figure conflicts among them. */
function assertSameFindings(actual: CorpusLinter, expected: CorpusLinter, docs: readonly { uri: string }[]): void {
  let conflicts = 0;
  for (const d of docs) {
    const findings = actual.findings(d.uri);
    conflicts += findings.filter((f) => f.ruleId === 'figure-conflict').length;
    assert.deepEqual(findings, expected.findings(d.uri), d.uri);
  }
  assert.ok(conflicts > 0, 'the sample has figure conflicts to compare');
}

describe('incremental index', () => {
  it('after hundreds of random edits, equals a from-scratch run on the same texts', () => {
    const texts = new Map<string, string>();
    for (const f of readdirSync(SEEDS)) texts.set(f, readFileSync(join(SEEDS, f), 'utf8'));
    const live = new CorpusLinter();
    for (const [uri, text] of texts) live.set({ uri, version: 0, text });
    const r = rng(7);
    const uris = [...texts.keys()];
    let version = 0;
    for (let i = 0; i < 300; i++) {
      const uri = pick(r, uris);
      const next = applyEdit(texts.get(uri) as string, randomEdit(r, texts.get(uri) as string));
      texts.set(uri, next);
      const affected = live.set({ uri, version: ++version, text: next });
      // findings outside the affected set must not have changed: compare with a fresh linter
      if (i % 50 === 49) {
        const batch = new CorpusLinter();
        for (const [u, t] of texts) batch.set({ uri: u, version: 0, text: t });
        for (const u of uris) assert.deepEqual(live.findings(u), batch.findings(u), `article ${u} after edit ${i}`);
      }
      assert.ok(affected.has(uri));
    }
  });

  it('a batch load (the cold scan) equals adding the articles one by one, on real articles', () => {
    const docs = devArticles(200);
    const oneByOne = new CorpusLinter();
    for (const d of docs) oneByOne.set(d);
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d)));
    assertSameFindings(batch, oneByOne, docs);
  });

  it('a load staged in batches that arrive in any order (the workers\') equals one batch load', () => {
    const docs = devArticles(200);
    const whole = new CorpusLinter();
    whole.setAll(docs.map((d) => whole.summarize(d)));
    const staged = new CorpusLinter();
    const summaries = docs.map((d) => staged.summarize(d));
    const r = rng(11);
    const batches: (typeof summaries)[] = [];
    for (let i = 0; i < summaries.length; ) {
      const size = 1 + Math.floor(r() * 30);
      // each batch overlaps the next by two articles: an article staged twice counts once
      batches.push(summaries.slice(i, i + size + 2));
      i += size;
    }
    for (let i = batches.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [batches[i], batches[j]] = [batches[j], batches[i]];
    }
    for (const b of batches) staged.stage(b);
    staged.commitStaged();
    for (const d of docs) assert.deepEqual(staged.findings(d.uri), whole.findings(d.uri), d.uri);
  });

  it('a story many articles carry (copies of its figures, some restated) links the same conflicts in a batch, on top of a batch and one by one', () => {
    // The seeds sixteen times over: even copies as written, odd ones with every figure of two or
    // more digits raised by a tenth (so copies conflict with copies). Figures with one signature
    // come in dozens; their conflict lists fill up and are cut at the first in article order.
    const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const raise = (n: string): string => (/^(19|20)\d\d$/.test(n) ? n : Math.round(Number(n.replace(/,/g, '')) * 1.1).toLocaleString('en-US'));
    const docs: { uri: string; version: number; text: string }[] = [];
    for (let copy = 0; copy < 16; copy++) {
      seeds.forEach((text, i) => {
        const restated = copy % 2 === 1 ? text.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b/g, raise) : text;
        docs.push({ uri: `file:///copies/${String(copy).padStart(2, '0')}-${i}.txt`, version: 0, text: restated });
      });
    }
    const oneByOne = new CorpusLinter();
    for (const d of docs) oneByOne.set(d);
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d)));
    assertSameFindings(batch, oneByOne, docs);
    const twice = new CorpusLinter();
    twice.setAll(docs.slice(0, 45).map((d) => twice.summarize(d)));
    twice.setAll(docs.slice(30).map((d) => twice.summarize(d)));
    assertSameFindings(twice, oneByOne, docs);
    const full = docs.flatMap((d) => batch.findings(d.uri)).filter((f) => f.ruleId === 'figure-conflict' && (f.related?.length ?? 0) >= 12);
    assert.ok(full.length > 0, 'some conflict lists are full');
  });

  it('an article that is 150 articles run together (more figures of a measure than one is compared with) links alike in a batch, one by one and through edits', () => {
    const docs = devArticles(250);
    const long = { uri: 'file:///dev/export.txt', version: 0, text: docs.slice(0, 150).map((d) => d.text).join('\n\n') };
    const all = [long, ...docs.slice(150)];
    const tolls = new CorpusLinter().summarize(long).figures.filter((f) => isCompared(f) && f.measure === 'killed:people').length;
    assert.ok(tolls > 2 * PEER_WINDOW + 1, `the export states ${tolls} tolls, more than a figure is compared with`);
    const oneByOne = new CorpusLinter();
    for (const d of all) oneByOne.set(d);
    const batch = new CorpusLinter();
    batch.setAll(all.map((d) => batch.summarize(d)));
    assertSameFindings(batch, oneByOne, all);
    const own = batch.findings(long.uri).filter((f) => f.ruleId === 'figure-conflict' && f.related?.some((r) => r.uri === long.uri));
    assert.ok(own.length > 0, 'the export has conflicts within itself');
    // edits to the export, then its removal and return, against a batch load of the same texts
    const r = rng(11);
    let text = long.text;
    for (let i = 0; i < 3; i++) {
      text = applyEdit(text, randomEdit(r, text));
      oneByOne.set({ uri: long.uri, version: i + 1, text });
    }
    oneByOne.remove(long.uri);
    oneByOne.set({ uri: long.uri, version: 4, text });
    const edited = [{ uri: long.uri, version: 4, text }, ...docs.slice(150)];
    const fresh = new CorpusLinter();
    fresh.setAll(edited.map((d) => fresh.summarize(d)));
    assertSameFindings(oneByOne, fresh, edited);
  });

  it('a batch load on top of another (old and new figures linked, old pairs left alone) equals one batch load', () => {
    const docs = devArticles(200);
    const whole = new CorpusLinter();
    whole.setAll(docs.map((d) => whole.summarize(d)));
    const twice = new CorpusLinter();
    twice.setAll(docs.slice(0, 120).map((d) => twice.summarize(d)));
    // the second load brings the rest and replaces twenty articles of the first
    twice.setAll(docs.slice(100).map((d) => twice.summarize(d)));
    assertSameFindings(twice, whole, docs);
  });

  it('typing that only moves text affects the edited article alone; what moved is re-published later', () => {
    const docs = devArticles(200);
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    let checked = 0;
    let moved = 0;
    for (const doc of docs.slice(0, 40)) {
      // a second space after the first sentence: every later offset shifts, nothing else changes
      const at = doc.text.indexOf('. ', 40);
      if (at < 0) continue;
      doc.text = `${doc.text.slice(0, at + 1)} ${doc.text.slice(at + 1)}`;
      const affected = live.set({ uri: doc.uri, version: 1, text: doc.text });
      assert.deepEqual([...affected], [doc.uri], doc.uri);
      moved += live.takeMoved().size;
      checked++;
    }
    assert.ok(checked >= 30 && moved > 0, `${checked} edits, ${moved} moved articles`);
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d)));
    for (const d of docs) assert.deepEqual(live.findings(d.uri), batch.findings(d.uri), d.uri);
  });

  it('a new spelling in a scope re-publishes the articles with a finding there, not those writing the canonical name', () => {
    const docs = [
      ...Array.from({ length: 6 }, (_, i) => ({ uri: `canonical-${i}.txt`, version: 0, text: `Air strikes hit Raqqa on Monday, activists said. Report ${i}.` })),
      { uri: 'variant.txt', version: 0, text: 'Fighters fled Raqqah on Tuesday, a monitor said.' },
      { uri: 'edited.txt', version: 0, text: 'The coalition said it struck targets near the dam.' },
    ];
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    const before = live.findings('variant.txt');
    const affected = live.set({ uri: 'edited.txt', version: 1, text: 'The coalition said it struck targets near Raqqaah.' });
    assert.deepEqual([...affected].sort(), ['edited.txt', 'variant.txt']);
    assert.notDeepEqual(live.findings('variant.txt'), before, 'the variant article now lists the new spelling');
    const batch = new CorpusLinter();
    batch.setAll([...docs.slice(0, 7), { uri: 'edited.txt', version: 0, text: 'The coalition said it struck targets near Raqqaah.' }].map((d) => batch.summarize(d)));
    for (const d of docs) assert.deepEqual(live.findings(d.uri), batch.findings(d.uri), d.uri);
  });

  it('a new spelling in one discovered name re-publishes its articles, not those of another name of the same consonants', () => {
    const doc = (uri: string, text: string): { uri: string; version: number; text: string } => ({ uri, version: 0, text });
    const docs = [
      ...Array.from({ length: 4 }, (_, i) => doc(`shaar-${i}.txt`, `Islamic State fighters seized the Shaar oilfield east of Homs, activists said. Report ${i}.`)),
      doc('shaer.txt', 'Government forces retook the Shaer oilfield east of Homs, state media said.'),
      ...Array.from({ length: 4 }, (_, i) => doc(`shuhur-${i}.txt`, `Rebels shelled the Shuhur district of Idlib, a monitor said. Report ${i}.`)),
      doc('shohour.txt', 'Rebels left the Shohour district of Idlib, a monitor said.'),
      doc('edited.txt', 'The coalition said it struck targets near the dam.'),
    ];
    const edited = doc('edited.txt', 'The coalition said it struck targets near the Shaaer oilfield east of Homs.');
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    const shohour = live.findings('shohour.txt');
    assert.ok(shohour.some((f) => f.ruleId === 'spelling-variant'), 'Shohour: a variant of Shuhur');
    // Shuhur, Shaer and Shaaer share their consonants: one bucket, two names
    const affected = live.set({ ...edited, version: 1 });
    assert.deepEqual([...affected].sort(), ['edited.txt', 'shaer.txt']);
    const batch = new CorpusLinter();
    batch.setAll([...docs.slice(0, -1), edited].map((d) => batch.summarize(d)));
    for (const d of docs) assert.deepEqual(live.findings(d.uri), batch.findings(d.uri), d.uri);
    assert.deepEqual(live.findings('shohour.txt'), shohour);
  });

  it('typing before a discovered name re-publishes, later, the articles whose related locations show it', () => {
    const doc = (uri: string, text: string): { uri: string; version: number; text: string } => ({ uri, version: 0, text });
    const docs = [
      ...Array.from({ length: 4 }, (_, i) => doc(`shuhur-${i}.txt`, `Rebels shelled the Shuhur district of Idlib, a monitor said. Report ${i}.`)),
      doc('shohour.txt', 'Rebels left the Shohour district of Idlib, a monitor said.'),
    ];
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    // Shohour, a variant of the discovered name Shuhur, shows where Shuhur is written
    const shows = live.findings('shohour.txt').filter((f) => f.ruleId === 'spelling-variant').flatMap((f) => f.related ?? []);
    const example = shows.find((r) => r.uri.startsWith('shuhur-'));
    assert.ok(example, 'Shohour shows an example of Shuhur');
    const edited = docs.find((d) => d.uri === example.uri) as (typeof docs)[number];
    edited.text = `Damascus. ${edited.text}`;
    const affected = live.set({ ...edited, version: 1 });
    assert.deepEqual([...affected], [edited.uri], 'only the edited article changes its findings');
    assert.ok(live.hasMoved());
    // the edited article's findings, asked for twice (published, then code actions), leave the moves waiting
    assert.deepEqual(live.findings(edited.uri), live.findings(edited.uri));
    assert.ok(live.entities.hasMoved(), 'nothing resolved for the article the edit affected');
    // another's findings, cached before the edit, already show the example where it is now
    const moved = live.findings('shohour.txt').flatMap((f) => f.related ?? []).find((r) => r.uri === edited.uri);
    assert.equal(moved?.start, example.start + 'Damascus. '.length);
    assert.ok(live.takeMoved().has('shohour.txt'), 'the article showing the moved example waits to be re-published');
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d)));
    for (const d of docs) assert.deepEqual(live.findings(d.uri), batch.findings(d.uri), d.uri);
  });

  it('an article leaving an example spelling re-publishes only the articles that show it', () => {
    // Each article's related locations for "Raqqah" are the next article writing it, by URI.
    const doc = (uri: string, text: string): { uri: string; version: number; text: string } => ({ uri, version: 0, text });
    const docs = [
      doc('a-f0.txt', 'Air strikes hit Rakka on Monday, activists said.'),
      doc('b-x1.txt', 'Fighters left Raqqah on Tuesday, a monitor said.'),
      doc('c-f1.txt', 'Shelling hit Rakka on Wednesday, residents said.'),
      doc('d-x2.txt', 'Fighters entered Raqqah on Thursday, a monitor said.'),
      doc('e-f2.txt', 'Drones struck Rakka on Friday, activists said.'),
      doc('f-x3.txt', 'Families fled Raqqah on Saturday, a monitor said.'),
      ...Array.from({ length: 8 }, (_, i) => doc(`z-c${i}.txt`, `Coalition jets bombed Raqqa again, the coalition said. Report ${i}.`)),
    ];
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    const shows = (uri: string, example: string): boolean => live.findings(uri).some((f) => f.related?.some((r) => r.uri === example));
    assert.ok(shows('c-f1.txt', 'd-x2.txt') && !shows('a-f0.txt', 'd-x2.txt') && !shows('b-x1.txt', 'd-x2.txt'));
    const edited = doc('d-x2.txt', 'Fighters entered Aleppo on Thursday, a monitor said.');
    const affected = live.set({ ...edited, version: 1 });
    assert.deepEqual([...affected].sort(), ['c-f1.txt', 'd-x2.txt']);
    assert.equal(live.takeMoved().size, 0);
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d.uri === edited.uri ? edited : d)));
    for (const d of docs) assert.deepEqual(live.findings(d.uri), batch.findings(d.uri), d.uri);
  });

  it('re-publishes every article an edit changes: random edits in 150 real articles against a batch run', () => {
    // What a server shows: each article as last published. After an edit it publishes the
    // affected articles and, later, the moved ones; nothing else may differ from a batch run.
    const docs = devArticles(150);
    const texts = new Map(docs.map((d) => [d.uri, d.text]));
    const live = new CorpusLinter();
    live.setAll(docs.map((d) => live.summarize(d)));
    const shown = new Map(docs.map((d) => [d.uri, live.findings(d.uri)]));
    const r = rng(23);
    const edited = Array.from({ length: 12 }, () => pick(r, docs).uri);
    let republished = 0;
    for (let i = 0; i < 240; i++) {
      const uri = pick(r, edited);
      const next = applyEdit(texts.get(uri) as string, randomEdit(r, texts.get(uri) as string));
      texts.set(uri, next);
      const changed = live.set({ uri, version: i + 1, text: next });
      for (const u of live.takeMoved()) changed.add(u);
      for (const u of changed) shown.set(u, live.findings(u));
      republished += changed.size - 1;
      if (i % 60 === 59) {
        const batch = new CorpusLinter();
        batch.setAll([...texts].map(([u, text]) => batch.summarize({ uri: u, version: 0, text })));
        for (const [u, findings] of shown) assert.deepEqual(findings, batch.findings(u), `${u} after edit ${i}`);
      }
    }
    assert.ok(republished > 0, 'some edits changed other articles');
  });

  it('keeps the first conflicting figures of a much-repeated quantity right through edits and removals', () => {
    // 30 reports of one garrison's strength, all different: each conflicts with 29 others, more
    // than a finding lists, so the bounded partner lists must be refilled as figures change.
    const r = rng(11);
    const text = (n: number | null, day: number): string =>
      `June ${day}, 2017\n\n${n === null ? 'Fighting went on around the old city' : `${n.toLocaleString('en-US')} ISIS fighters are holed up in Raqqa`}, the coalition said.\n`;
    const texts = new Map<string, string>();
    for (let i = 0; i < 30; i++) texts.set(`a${String(i).padStart(2, '0')}.txt`, text(1000 + 100 * i, 1 + (i % 20)));
    const live = new CorpusLinter();
    for (const [uri, t] of texts) live.set({ uri, version: 0, text: t });
    const uris = [...texts.keys()];
    const snapshot = (): Map<string, string> => new Map(uris.map((u) => [u, JSON.stringify(live.findings(u))]));
    let before = snapshot();
    let partnersSeen = 0;
    for (let i = 0; i < 120; i++) {
      const uri = pick(r, uris);
      const roll = r();
      let affected: Set<string>;
      if (roll < 0.1 && texts.has(uri)) {
        texts.delete(uri);
        affected = live.remove(uri);
        affected.add(uri);
      } else {
        const t = text(roll < 0.2 ? null : 1000 + 100 * Math.floor(r() * 30), 1 + Math.floor(r() * 20));
        texts.set(uri, t);
        affected = live.set({ uri, version: i + 1, text: t });
      }
      const after = snapshot();
      for (const u of uris) if (after.get(u) !== before.get(u)) assert.ok(affected.has(u), `edit ${i}: ${u} changed but was not reported`);
      before = after;
      if (i % 10 === 9) {
        const batch = new CorpusLinter();
        batch.setAll([...texts].map(([u, t]) => batch.summarize({ uri: u, version: 0, text: t })));
        for (const u of texts.keys()) {
          const findings = live.findings(u).filter((f) => f.ruleId === 'figure-conflict');
          partnersSeen = Math.max(partnersSeen, ...findings.map((f) => f.related?.length ?? 0));
          assert.deepEqual(live.findings(u), batch.findings(u), `article ${u} after edit ${i}`);
        }
      }
    }
    assert.equal(partnersSeen, 12, 'the lists were full: the bound was exercised');
  });

  it('removing an article removes its spellings from the others\' findings', () => {
    const linter = new CorpusLinter();
    linter.set({ uri: 'a', version: 0, text: 'Raqqa fell. Raqqa burned.' });
    linter.set({ uri: 'b', version: 0, text: 'Raqqah fell.' });
    assert.equal(linter.findings('b').length, 1);
    const affected = linter.remove('a');
    assert.ok(affected.has('b'));
    assert.equal(linter.findings('b').length, 0);
  });

  it('an article leaving the only full name that makes a discovered name a surname re-publishes its spellings', () => {
    const linter = new CorpusLinter();
    linter.set({ uri: 'a', version: 0, text: 'Zoubiri said the buses left. Residents thanked Zoubiri.' });
    linter.set({ uri: 'b', version: 0, text: 'The deal was signed by Al-Zoubiri on Monday.' });
    assert.equal(linter.findings('b').length, 1, 'a name written two ways');
    let affected = linter.set({ uri: 'c', version: 0, text: 'Provincial governor Khaled Zoubiri spoke.' });
    assert.ok(affected.has('b'));
    assert.equal(linter.findings('b').length, 0, 'a surname, with or without its article');
    affected = linter.remove('c');
    assert.ok(affected.has('b'));
    assert.equal(linter.findings('b').length, 1);
  });
});

describe('sortedDifference (an article\'s lower-case words before and after an edit)', () => {
  it('finds the words each list lacks, as sets do, for sorted lists and any other', () => {
    const random = rng(11);
    const words = ['ambush', 'barrel', 'convoy', 'curfew', 'drone', 'enclave', 'mortar', 'sniper', 'truce', 'zone'];
    for (let n = 0; n < 500; n++) {
      const list = (): string[] => [...new Set(Array.from({ length: Math.floor(random() * 8) }, () => pick(random, words)))];
      const old = list();
      const next = list();
      if (n % 2 === 0) {
        old.sort();
        next.sort();
      }
      const expected = { removed: old.filter((w) => !next.includes(w)), added: next.filter((w) => !old.includes(w)) };
      assert.deepEqual(sortedDifference(old, next), expected, `${old} -> ${next}`);
    }
  });
});
