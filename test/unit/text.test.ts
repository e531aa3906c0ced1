import * as assert from 'node:assert/strict';
import { findArticleDate, incidentDate, inEarlierMonth, weekdayDate } from '../../server/src/core/text/dates';
import { fnv1a, HashCheckpoints } from '../../server/src/core/text/hash';
import { LineIndex } from '../../server/src/core/text/lines';
import { findQuantities, isFigure } from '../../server/src/core/text/quantities';
import { findQuotes, insideQuote } from '../../server/src/core/text/quotes';
import { splitSentences } from '../../server/src/core/text/sentences';
import { lowerToken, tokenize, TokenKind } from '../../server/src/core/text/tokens';
import { mayHave, WordClasses } from '../../server/src/core/text/wordClasses';
import { WordTable } from '../../server/src/core/text/wordTable';
import lexicon from '../../server/src/core/knowledge/lexicon.json';
import vocabulary from '../../server/src/core/knowledge/vocabulary.json';
import { COMMON, DEMONYM, FACILITY_HEAD, GIVEN_NAME, lexiconFlags, MEMBER_HEAD, ORG_HEAD, PLACE_HEAD, TITLE } from '../../server/src/core/knowledge/lexicon';
import cues from '../../server/src/core/knowledge/cues.json';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { pick, rng } from '../support/random';

const words = (text: string): string[] => {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Word) out.push(text.slice(t.start[i], t.end[i]));
  return out;
};

describe('tokens', () => {
  it('keeps dotted acronyms, splits possessives and keeps inner apostrophes', () => {
    assert.deepEqual(words("U.S.-led forces entered Raqqa's old city; Shi'ite militias"), ['U.S.', 'led', 'forces', 'entered', 'Raqqa', 's', 'old', 'city', "Shi'ite", 'militias']);
  });
  it('reads numbers with separators as one token', () => {
    const t = tokenize('3,000 to 4,000 and 1.5 million');
    const numbers: string[] = [];
    for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Number) numbers.push('3,000 to 4,000 and 1.5 million'.slice(t.start[i], t.end[i]));
    assert.deepEqual(numbers, ['3,000', '4,000', '1.5']);
  });
  it('treats a BOM as space', () => {
    assert.deepEqual(words('\uFEFFRaqqa fell'), ['Raqqa', 'fell']);
  });
});

describe('sentences', () => {
  const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('splits at . ! ? before a capital or a quote, and at line breaks', () => {
    assert.deepEqual(split('One fell. Two fell! "Three," he said.\nFour'), ['One fell.', 'Two fell!', '"Three," he said.', 'Four']);
  });
  it('does not split after abbreviations, initials or U.S.', () => {
    assert.deepEqual(split('Col. Ryan Dillon said the U.S. Central Command and George W. Bush agreed. Then it ended.'), [
      'Col. Ryan Dillon said the U.S. Central Command and George W. Bush agreed.',
      'Then it ended.',
    ]);
    // "No." is an abbreviation before a number only, where no sentence ends anyway
    assert.deepEqual(split('Bolivia joined Russia in voting no. "Russia has killed the mechanism," Haley said. Unit No. 5 was hit.'), [
      'Bolivia joined Russia in voting no.',
      '"Russia has killed the mechanism," Haley said.',
      'Unit No. 5 was hit.',
    ]);
  });
  it('ends a sentence after runs of marks and closing quotes, not before a lower-case word', () => {
    assert.deepEqual(split('Who fired?! "Nobody." Then... they left. at noon it rained\u2028Next'), ['Who fired?!', '"Nobody."', 'Then... they left. at noon it rained', 'Next']);
  });
  it('handles CRLF line ends', () => {
    assert.deepEqual(split('Raqqa fell.\r\nIdlib held.'), ['Raqqa fell.', 'Idlib held.']);
  });
});

describe('quantities', () => {
  const q = (text: string) => findQuantities(text, tokenize(text)).map((x) => ({ value: x.value, high: x.high, qualifier: x.qualifier, kind: x.kind, vague: x.vague }));
  it('reads ranges, qualifiers and number words', () => {
    assert.deepEqual(q('defended by 3,000 to 4,000 jihadists'), [{ value: 3000, high: 4000, qualifier: 'range', kind: 'count', vague: false }]);
    assert.deepEqual(q('at least twenty-five people'), [{ value: 25, high: undefined, qualifier: 'at-least', kind: 'count', vague: false }]);
    assert.deepEqual(q('more than 1.5 million refugees'), [{ value: 1.5e6, high: undefined, qualifier: 'more-than', kind: 'count', vague: false }]);
    assert.deepEqual(q('no more than 2,000 militants'), [{ value: 2000, high: undefined, qualifier: 'up-to', kind: 'count', vague: false }]);
    assert.equal(q('dozens of people')[0].vague, true);
    // "one" times a multiplier is a number, as "a million" is; "one" alone is none
    assert.deepEqual(q('more than one million refugees and a million others').map((x) => [x.value, x.qualifier]), [[1e6, 'more-than'], [1e6, 'exact']]);
    assert.deepEqual(q('one of the men and one person'), []);
    // a dozen times a number is one number: "two dozen", "3 dozen"; a dozen alone is twelve
    assert.deepEqual(q('some two dozen more bodies, 3 dozen rockets and a dozen others').map((x) => [x.value, x.vague]), [[24, false], [36, false], [12, false]]);
    // groups of three digits parted by a space, as some outlets write thousands; not a year before a count
    assert.deepEqual(q('over 1 000 civilians and 1 200 000 refugees').map((x) => x.value), [1000, 1200000]);
    assert.deepEqual(q('On May 5 100 people were killed').map((x) => [x.value, x.kind]), [[5, 'date'], [100, 'count']]);
    assert.deepEqual(q('in 2011 500 people fled').map((x) => [x.value, x.kind]), [[2011, 'year'], [500, 'count']]);
  });
  it('sets aside dates, years, times, ordinals and numbers in names', () => {
    const text = 'On 18 June 2017 at 7pm (05-04-2016, 19.07.2016) and 3:00 a.m. the 3rd Division and Regiment 111 met in 2014 while 2500 fighters waited.';
    const figures = findQuantities(text, tokenize(text)).filter(isFigure).map((x) => text.slice(x.start, x.end));
    assert.deepEqual(figures, ['2500']);
    // a month's abbreviation with its full stop dates the day after it; a sentence that ends in
    // a month's name does not date the count that opens the next
    const more = 'The pause began on Oct. 18 and talks on Sept. 30 in Astana. The deal was struck in May. 12 fighters left.';
    assert.deepEqual(findQuantities(more, tokenize(more)).filter(isFigure).map((x) => more.slice(x.start, x.end)), ['12']);
    // a year before a verb or after "in"; a length of time or an age written as an adjective
    const years = 'Protests in 2011 has become a five-year war with a 48-hour pause; his one-year-old daughter and 2500 fighters were among them, as in 639 and in 300 strikes since spring 2015 most.';
    assert.deepEqual(findQuantities(years, tokenize(years)).filter(isFigure).map((x) => years.slice(x.start, x.end)), ['2500', '300']);
    // a year after "mid-"; a count after "some" or "nearly" with a capitalised word before its noun
    const counted = 'Aleppo divided since mid-2012 between rival forces holds some 2000 US troops and nearly 2010 Syrian refugees, in 2015 Russian jets.';
    assert.deepEqual(findQuantities(counted, tokenize(counted)).filter(isFigure).map((x) => counted.slice(x.start, x.end)), ['some 2000', 'nearly 2010']);
    // "several dozen" is an order of magnitude; "a dozen" twelve
    const dozens = 'Several dozen dead and a dozen wounded.';
    assert.deepEqual(findQuantities(dozens, tokenize(dozens)).map((x) => [dozens.slice(x.start, x.end), x.vague]), [['dozen', true], ['a dozen', false]]);
    // resolutions are numbered in lower case too, the second of a pair as well
    const resolutions = 'in violation of Security Council resolutions 2118 and 2235 and resolution 2254, 12 envoys said.';
    assert.deepEqual(findQuantities(resolutions, tokenize(resolutions)).filter(isFigure).map((x) => resolutions.slice(x.start, x.end)), ['12']);
  });
  it('dates an article by its header, also in copy flattened to one line', () => {
    const iso = (text: string) => findArticleDate(text)?.iso ?? null;
    assert.equal(iso('Air strikes kill 12 in Aleppo Monitor AFP Thursday 14 Jul 2016 Air strikes killed 12 people on Thursday in the city.'), '2016-07-14');
    assert.equal(iso('Last updated at Apr 052017 KHAN SHEIKHUN Syria A suspected chemical attack killed dozens.'), '2017-04-05');
    assert.equal(iso('The attack on 4 April 2017 killed dozens, the monitor said on Friday.'), null, 'an event date is not the article date');
  });
  it('knows percentages', () => {
    assert.deepEqual(q('45 percent of Raqqa').map((x) => x.kind), ['percent']);
  });
});

describe('quotations', () => {
  it('pairs straight and curly marks, leaves inch marks and apostrophes, closes at a blank line', () => {
    const text = 'He said "we will win" and the 12" gun fired. “It’s over,” she said.\n\n“An open quote\n\nNext paragraph.';
    const quotes = findQuotes(text);
    assert.deepEqual(
      quotes.map((q) => text.slice(q.start, q.end)),
      ['"we will win"', '“It’s over,”', '“An open quote'],
    );
    const win = text.indexOf('win');
    assert.equal(insideQuote(quotes, win, win + 3), true);
    const gun = text.indexOf('gun');
    assert.equal(insideQuote(quotes, gun, gun + 3), false);
    const next = text.indexOf('Next');
    assert.equal(insideQuote(quotes, next, next + 4), false);
  });
  it('searches a sentence alone: a quotation left open ends with it, marks past it are not seen', () => {
    const text = 'Officials said: «the siege is over. The city is free» and left. He added "more';
    const first = { start: 0, end: text.indexOf('.') + 1 };
    const quoteOf = (span: { start: number; end: number }): string[] => findQuotes(text, span, true).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(quoteOf(first), ['«the siege is over.']);
    // a closing mark with no opening one ends a quotation begun before the range
    assert.deepEqual(quoteOf({ start: first.end + 1, end: text.indexOf('left') }), ['The city is free»']);
    assert.equal(findQuotes(text, { start: first.end + 1, end: text.indexOf('left') }, true)[0].carried, true);
    // ... when the range is a sentence; searched as a text of its own, the mark is a stray one
    assert.deepEqual(findQuotes(text, { start: first.end + 1, end: text.indexOf('left') }), []);
    // a straight mark opening the range counts even after a letter outside it
    const inch = text.indexOf('"');
    assert.deepEqual(quoteOf({ start: inch, end: text.length }), ['"more']);
    assert.deepEqual(findQuotes(text).map((q) => text.slice(q.start, q.end)), ['«the siege is over. The city is free»', '"more']);
  });
  it("reads a straight mark after a sentence or a word and before a space as closing a quotation begun before a sentence; a stray one in a whole text", () => {
    const text = 'The group said: "Jets struck Douma. Three volunteers were killed." The 12" gun fired. People fled" he said.';
    const second = { start: text.indexOf('Three'), end: text.indexOf('The 12') - 1 };
    const quoteOf = (span: { start: number; end: number }): string[] => findQuotes(text, span, true).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(quoteOf(second), ['Three volunteers were killed."']);
    assert.deepEqual(quoteOf({ start: text.indexOf('The 12'), end: text.indexOf('People') - 1 }), [], 'an inch mark closes nothing');
    assert.deepEqual(quoteOf({ start: text.indexOf('People'), end: text.length }), ['People fled"']);
    // from the text's start every opening mark is seen: a closing one without its pair is a stray
    // mark, neither a quotation's end nor its start ("People fled" he said" is not quoted)
    assert.deepEqual(findQuotes(text).map((q) => text.slice(q.start, q.end)), ['"Jets struck Douma. Three volunteers were killed."']);
  });
});

describe('incident date', () => {
  it('reads the day a sentence names, its year from the article when unsaid, not the edge of a period', () => {
    assert.equal(incidentDate('On February 22 a health facility was hit by rockets killing six.', '2017-04-02'), '2017-02-22');
    assert.equal(incidentDate('On 31 March and on April 1 strikes killed 7 people.', '2017-04-02'), '2017-04-01');
    assert.equal(incidentDate('Strikes on Feb. 22, 2016 killed 7 people.', '2017-04-02'), '2016-02-22');
    // a later day is last year's; a period's start is no incident's day; none named
    assert.equal(incidentDate('On April 10 a strike killed 8 people.', '2017-04-02'), '2016-04-10');
    assert.equal(incidentDate('Since March 15 strikes have killed 9 people.', '2017-04-02'), null);
    assert.equal(incidentDate('On Saturday shelling killed 5 people.', '2017-04-02'), null);
    // the day after "the" or "of"; not a photo caption's date run into the sentence
    assert.equal(incidentDate('The August 21 attack killed more than 1,400 people.', '2017-04-02'), '2016-08-21');
    assert.equal(incidentDate('Jets at the air base in Syria June 18 2016 (TRT World) The death toll has risen to 82.', '2016-06-26'), null);
  });

  it('reads the day a sentence names by its weekday or as yesterday, not the day of a report', () => {
    // Friday 29 April 2016
    assert.equal(weekdayDate('On Wednesday 10 civilians were killed in Aleppo.', '2016-04-29'), '2016-04-27');
    assert.equal(weekdayDate('Yesterday 18 civilians have been killed in Aleppo.', '2016-04-29'), '2016-04-28');
    assert.equal(weekdayDate('Rockets killed 5 people in Damascus late Friday.', '2016-04-29'), '2016-04-29');
    assert.equal(weekdayDate('Strikes on Saturday night killed 7.', '2016-04-29'), '2016-04-23');
    assert.equal(weekdayDate('The Observatory reported on Thursday that 90 people had been killed.', '2016-04-29'), null);
    assert.equal(weekdayDate('The attack killed at least 27 children, UNICEF said in a statement on Thursday.', '2016-04-29'), null);
    assert.equal(weekdayDate('The attack killed 27 people, the governor told a news conference on Thursday.', '2016-04-29'), null);
    assert.equal(weekdayDate('Since Monday strikes have killed 40 people.', '2016-04-29'), null);
    // the day a toll rose on: the new count's
    assert.equal(weekdayDate('The death toll from the attack rose to 72 on Wednesday.', '2016-04-29'), null);
    assert.equal(weekdayDate('The toll has risen to at least 86 people on Thursday.', '2016-04-29'), null);
    assert.equal(weekdayDate('The toll rose on Wednesday to 72.', '2016-04-29'), null);
    // a bare weekday right after a toll is its day; after a statement, the statement's
    assert.equal(weekdayDate('An attack on an aid convoy claimed 20 lives Monday.', '2016-04-29'), '2016-04-25');
    assert.equal(weekdayDate('Air strikes killed 12 people Tuesday in Idlib.', '2016-04-29'), '2016-04-26');
    assert.equal(weekdayDate('The ministry said in a statement Monday that 12 were killed.', '2016-04-29'), null);
    // an incident named by its weekday, the apostrophe lost or kept
    assert.equal(weekdayDate('It said 31 people hurt in Tuesdays attack were being treated in Turkish hospitals.', '2016-04-29'), '2016-04-26');
    assert.equal(weekdayDate("Friday's strikes killed 9 people.", '2016-04-29'), '2016-04-29');
    assert.equal(weekdayDate("The death toll from Tuesday's suspected gas attack has risen to 72.", '2017-04-05'), '2017-04-04');
  });

  it('tells an incident placed in a whole month before the article\'s', () => {
    assert.equal(inEarlierMonth('In March two blasts claimed 40 lives.', '2017-04-16'), true);
    assert.equal(inEarlierMonth('Strikes in late December killed 9 people.', '2017-04-16'), true);
    assert.equal(inEarlierMonth('In April 2016 strikes killed 9 people.', '2017-04-16'), true);
    // this month; a day of a month (incidentDate's); a later month is last year's
    assert.equal(inEarlierMonth('In April strikes killed 9 people.', '2017-04-16'), false);
    assert.equal(inEarlierMonth('In March 12 strikes killed 9 people.', '2017-04-16'), false);
    assert.equal(inEarlierMonth('In June strikes killed 9 people.', '2017-04-16'), true);
    // not a place that starts like a month
    assert.equal(inEarlierMonth('Rubble in Marat al-Numan buried 6 children.', '2016-06-13'), false);
  });
});

describe('article date', () => {
  it('prefers the dateline right before the body over a page date', () => {
    const text = 'Sunday, 27 May 2018\nLatest news\nHeadline here\n\n18 June 2017\nHeadline\n\n' + 'Body '.repeat(60);
    assert.equal(findArticleDate(text)?.iso, '2017-06-18');
  });
  it('reads datelines that open the text', () => {
    assert.equal(findArticleDate('Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. ' + 'x '.repeat(200))?.iso, '2017-04-05');
    assert.equal(findArticleDate('Date of publication 9 August 2016 Five children ...' + 'x '.repeat(200))?.iso, '2016-08-09');
  });
  it('returns null when the text gives no date', () => {
    assert.equal(findArticleDate('FYI.\n\nThis story is over 5 years old.\n\nNews'), null);
  });
});

describe('line index', () => {
  it('maps offsets to 1-based line and UTF-16 column, for \\n, \\r\\n and \\r', () => {
    const idx = new LineIndex('ab\r\ncd\ref\n😀x');
    assert.deepEqual(idx.position(4), { line: 2, column: 1 });
    assert.deepEqual(idx.position(7), { line: 3, column: 1 });
    assert.deepEqual(idx.position(12), { line: 4, column: 3 }, 'an astral character counts two units');
  });
});

describe('word classes', () => {
  const classes = new WordClasses();
  const casualty = classes.add(['killed', 'dead', 'toll']);
  const mask = (sentence: string): number => {
    const t = tokenize(sentence);
    let m = 0;
    for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Word) m |= classes.of(lowerToken(sentence, t, i));
    return m;
  };

  it('tells a sentence by the classes of its words', () => {
    assert.equal(mask('Five people were KILLED in Raqqa.') & casualty, casualty);
    assert.equal(mask('The skilled fighters held Raqqa.') & casualty, 0);
  });

  it('never turns down a sentence of real text that holds a phrase of a cue list (the key-word gate before each search)', () => {
    const lists = [cues.boilerplate, cues.absence, cues.background, cues.passiveVague, cues.timeMarkers].map((list) => {
      const phrases = list.map((p) => p.toLowerCase().trim());
      const re = new RegExp(`(?<!\\p{L})(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'u');
      return { re, bit: classes.addPhrases(phrases) };
    });
    const articles = join(DEV_CORPUS, 'articles');
    const files = [...readdirSync(SEEDS).map((f) => join(SEEDS, f)), ...readdirSync(articles).map((f) => join(articles, f))].filter((f) => f.endsWith('.txt'));
    let held = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
        const m = mask(sentence);
        for (const { re, bit } of lists) {
          if (!re.test(lower)) continue;
          held++;
          assert.ok(mayHave(m, bit), `${file}: "${sentence}"`);
        }
      }
    }
    assert.ok(held > 1000, `${held} sentences hold a phrase`);
  });
});

describe('word table', () => {
  it('gives every word its flags and every other word of real text 0, as a Map does', () => {
    const entries = new Map<string, number>();
    const table = new WordTable(lexicon.common.length + lexicon.firstNames.length + 1);
    const add = (word: string, flags: number): void => {
      entries.set(word, (entries.get(word) ?? 0) | flags);
      table.add(word, flags);
    };
    lexicon.common.forEach((w, i) => add(w, (i % 127) + 1));
    lexicon.firstNames.forEach((w) => add(w, 128));
    add('raqqa', 255);
    for (const [word, flags] of entries) assert.equal(table.get(word), flags, word);
    const articles = join(DEV_CORPUS, 'articles');
    let outside = 0;
    for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt')).slice(0, 100)) {
      for (const word of words(readFileSync(join(articles, file), 'utf8'))) {
        for (const w of [word, word.toLowerCase()]) {
          if (!entries.has(w)) outside++;
          assert.equal(table.get(w), entries.get(w) ?? 0, w);
        }
      }
    }
    assert.ok(outside > 10_000, `${outside} lookups of words outside the table`);
    assert.equal(table.get(''), 0);
    assert.throws(() => table.add('nil', 0), /from 1 to 255/);
    assert.throws(() => table.add('wide', 256), /from 1 to 255/);
    const full = new WordTable(1);
    full.add('one', 1);
    assert.throws(() => full.add('two', 1), /more than 1 words/);
  });

  it('holds the lexicon with no two words sharing their hashes (each has exactly its own flags)', () => {
    const expected = new Map<string, number>();
    const mark = (list: readonly string[], flags: number): void => list.forEach((w) => expected.set(w, (expected.get(w) ?? 0) | flags));
    mark(lexicon.common, COMMON);
    for (const list of [vocabulary.placeHeads, vocabulary.orgHeads, vocabulary.titles, vocabulary.newsWords]) mark(list, COMMON);
    mark(lexicon.firstNames, GIVEN_NAME);
    mark(vocabulary.givenNames, GIVEN_NAME);
    mark(lexicon.demonyms, DEMONYM | COMMON);
    mark(vocabulary.placeHeads, PLACE_HEAD);
    mark(vocabulary.orgHeads, ORG_HEAD);
    mark(vocabulary.memberHeads, MEMBER_HEAD);
    mark(vocabulary.facilityHeads, FACILITY_HEAD);
    mark(vocabulary.titles, TITLE);
    assert.ok(expected.size > 17_000);
    for (const [word, flags] of expected) assert.equal(lexiconFlags(word), flags, word);
  });
});

describe('content hash', () => {
  it('hashes a text to the sixteen hex digits caches and dismissals were keyed by', () => {
    // the digits of the two 32-bit hashes, as written by every release before (cache files, dismissals)
    assert.deepEqual(['', 'Raqqa', 'The battle for Raqqa began in June.'].map(fnv1a), ['811c9dc5050c5d1f', '9dd4d629c1051105', 'f29cbf63295f791c']);
  });

  it('hashes each version of an edited text from its checkpoints as fnv1a hashes it whole', () => {
    const r = rng(17);
    const chars = ['a', 'b', ' ', '\n', 'é', '\u2019', '😀'];
    const checkpoints = new HashCheckpoints();
    // lengths around the checkpoints' step (512), edits anywhere, some at its multiples
    let text = '';
    while (text.length < 1500) text += pick(r, chars);
    assert.equal(checkpoints.hash(text, 0), fnv1a(text));
    for (let version = 0; version < 1500; version++) {
      const at = r() < 0.2 ? 512 * Math.floor(r() * 4) : Math.floor(r() * (text.length + 1));
      const start = Math.min(at, text.length);
      const cut = Math.min(text.length, start + Math.floor(r() * 600));
      let put = '';
      for (let k = Math.floor(r() * (r() < 0.1 ? 700 : 4)); k > 0; k--) put += pick(r, chars);
      const next = text.slice(0, start) + put + text.slice(cut);
      // the characters before the edit are unchanged; saying fewer is always allowed
      const unchanged = r() < 0.8 ? start : Math.floor(r() * (start + 1));
      assert.equal(checkpoints.hash(next, unchanged), fnv1a(next), `version ${version}: ${next.length} characters, unchanged ${unchanged}`);
      text = next;
    }
  });
});
