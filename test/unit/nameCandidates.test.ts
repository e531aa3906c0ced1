/**
 * Name candidates: the capitalised spellings the curated list does not know, which variant
 * discovery counts. Which parts of a run are names of their own decides what can be flagged.
 */
import * as assert from 'node:assert/strict';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';

function candidates(text: string): [string, boolean][] {
  return summarize({ uri: 'file:///a.txt', version: 1, text }, Knowledge.default()).candidates.map((c) => [c.spelling, c.person]);
}

describe('name candidates', () => {
  it('keeps a name with one consonant and its article forms', () => {
    assert.deepEqual(candidates('The shells hit Al-Suaa on Monday, and al Suaa again at night.'), [
      ['Al-Suaa', false],
      ['al Suaa', false],
    ]);
  });

  it('takes a given name alone for no name, and one after an article for a place', () => {
    assert.deepEqual(candidates('Clashes continued near al-Dana. Dana Stroul said the talks failed. Dana fled.'), [
      ['al-Dana', false],
      ['Dana Stroul', true],
    ]);
  });

  it('takes a by-name such as Abu Mohammed or Umm Ahmad for no name, and a place so named for one', () => {
    assert.deepEqual(candidates('Umm Ahmad said the shelling was heavy. Abu Mohammed fled.'), []);
    assert.deepEqual(candidates('Jets hit the town of Umm Batinah. Fighters fled Umm Batna.'), [
      ['Jets', false],
      ['Umm Batinah', false],
      ['Umm Batna', false],
    ]);
  });

  it('takes no part of a two-word name for a name, unless an article parts the two', () => {
    // "Bab" of Bab Touma and the short head of Qasr al-Nabi are not names; Suwaidan of
    // "Suwaidan al Sadd" may be one (comma-less copy: "the towns of Jarablus al Rai and al Bab")
    assert.deepEqual(candidates('The rockets hit Bab Touma and Qasr al-Nabi, and the towns of Suwaidan al Sadd.'), [
      ['Bab Touma', false],
      ['Qasr al-Nabi', false],
      ['Suwaidan', false],
      ['Suwaidan al Sadd', false],
    ]);
  });

  it("takes a woman's given name of the region alone in a credit for no name, and her full name for a person's", () => {
    // "Manar" is not the channel Al-Manar written without its article
    assert.deepEqual(candidates('Photos: Manar/Mazen. The reporter Hiba Khaddour and Manar al-Freih filed it.'), [
      ['Hiba Khaddour', true],
      ['Manar al-Freih', true],
    ]);
  });

  it('takes each name of a comma-less list whose every name has its own article for a name seen whole', () => {
    // SANA's "the neighborhoods of al-Sabil al-Aazamiyeh al-Meridian": three names; the spans of
    // two or three stay parts of the run, and a run with a name of no article is cut as before
    const whole = (text: string): string[] =>
      summarize({ uri: 'file:///a.txt', version: 1, text }, Knowledge.default())
        .candidates.filter((c) => c.whole)
        .map((c) => c.spelling);
    assert.deepEqual(whole('The shells hit the neighborhoods of al-Sabil al-Aazamiyeh al-Meridian and the city.'), ['al-Sabil', 'al-Sabil al-Aazamiyeh al-Meridian', 'al-Aazamiyeh', 'al-Meridian']);
    assert.deepEqual(whole('The shells hit the neighborhoods of al-Sabil Aazamiyeh al-Meridian and the city.'), ['al-Sabil Aazamiyeh al-Meridian']);
  });

  it('takes no head of a longer name for a name when a common word ends it (Jubb al-Ward)', () => {
    assert.deepEqual(candidates('The bomb went off between Jubb al-Ward and Nabek.'), [['Nabek', false]]);
  });

  it('keeps a full name after a title as a person, and a run that starts with an article as no person', () => {
    assert.deepEqual(candidates('The talks were led by colonel Karim Haddour. Fighters of the former Al Suwan Front left.'), [
      ['Karim Haddour', true],
      ['Al Suwan', false],
    ]);
  });

  it("takes an organisation's name with its capitalised head, and the name alone before a lower-case head or its members", () => {
    // Hizballah beside Hezbollah is found only if a group's name is material for discovery; the
    // head is part of the name when capitalised (Shaam News Network is not al-Sham), not a
    // heading's Rebels
    assert.deepEqual(candidates('The Qasioun News Agency reported it. The Ahrar Suqur fighters stayed. The Al-Baladi newspaper said so. The Nasr Rebels took a village.'), [
      ['Qasioun News Agency', false],
      ['Ahrar Suqur', false],
      ['Al-Baladi', false],
      ['Nasr', false],
    ]);
  });

  it('takes a name headed by Sheikh for a place after an article or a place word, else for a person', () => {
    // Sheikh Maqsoud is a district of Aleppo, Sheikh Tamim the emir of Qatar; the title is part
    // of both names, so that al-Sheikh Hilal and Sheikh Hilal are one spelling
    assert.deepEqual(candidates('The shells fell on al-Sheikh Hilal and in Sheikh Suleiman. Sheikh Tamim said so.'), [
      ['al-Sheikh Hilal', false],
      ['Sheikh Suleiman', false],
      ['Sheikh Tamim', true],
    ]);
  });

  it("takes a person's name glued in camelCase for a handle, and a place's for a spelling", () => {
    assert.deepEqual(candidates('Charles Lister (CharlesLister) June 12 2016. Analyst Charles Lister said so. The jets hit KafrTakharim in Idlib.'), [
      ['Charles Lister', true],
      ['Charles Lister', true],
      ['KafrTakharim', false],
    ]);
  });

  it("counts no glued possessive of a name the article writes (the copy lost its apostrophes)", () => {
    assert.deepEqual(candidates('The shells hit Tal Suwan. The Tal Suwans residents fled to Marj Dafna.'), [
      ['Tal Suwan', false],
      ['Marj Dafna', false],
    ]);
  });
});
