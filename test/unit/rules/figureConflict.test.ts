import * as assert from 'node:assert/strict';
import { summarize } from '../../../server/src/core/analysis/summarize';
import { Knowledge } from '../../../server/src/core/knowledge/knowledge';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinter } from '../../../server/src/core/linter';
import type { Finding } from '../../../server/src/core/types';
import { tagListSpans } from '../../../server/src/core/analysis/tagLists';
import { lintFixtures } from '../../support/fixture';
import { DEV_CORPUS } from '../../support/paths';

function conflicts(docs: Record<string, string>): string[] {
  const { linter, texts } = lintFixtures(docs);
  const out: string[] = [];
  for (const [uri, text] of texts) {
    for (const f of linter.findings(uri)) {
      if (f.ruleId !== 'figure-conflict') continue;
      const rel = (f.related ?? []).map((r) => `${r.uri}:${(texts.get(r.uri) as string).slice(r.start, r.end)}`).join(',');
      out.push(`${uri}:${text.slice(f.start, f.end)} <> ${rel}`);
    }
  }
  return out.sort();
}

/** The first figure-conflict finding of `uri` when `docs` are linted together. */
function firstConflict(docs: Record<string, string>, uri: string): Finding | undefined {
  return lintFixtures(docs).linter.findings(uri).find((f) => f.ruleId === 'figure-conflict');
}

describe('figure-conflict', () => {
  it('links the same quantity stated differently in two articles, both ways', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists.',
        'b.txt': 'Monitoring groups say 2,500 ISIS fighters are holed up in Raqqa.',
      }),
      ['a.txt:3,000 to 4,000 <> b.txt:2,500', 'b.txt:2,500 <> a.txt:3,000 to 4,000'],
    );
    // the force in the present tense: "defend" as well as "defended by"
    assert.deepEqual(
      conflicts({
        'a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists.',
        'c.txt': 'About 6,000 ISIS fighters defend Raqqa, the coalition said.',
      }),
      ['a.txt:3,000 to 4,000 <> c.txt:About 6,000', 'c.txt:About 6,000 <> a.txt:3,000 to 4,000'],
    );
  });

  it("takes a wire story's dateline for where it was filed, not where its figures fell, unless it names no other place", () => {
    const messages = (docs: Record<string, string>): string[] =>
      [...lintFixtures(docs).linter.allFindings().values()].flat().filter((f) => f.ruleId === 'figure-conflict').map((f) => f.message).sort();
    // the garrison of Raqqa, reported from Beirut
    assert.deepEqual(
      messages({
        'a.txt': 'Raqqa garrison\n\nBEIRUT, June 18, 2017 (Reuters) - Between 3,000 and 4,000 Islamic State fighters defend Raqqa, the coalition said.',
        'b.txt': 'Raqqa garrison estimate\n\nJune 19, 2017\n\nSome 2,500 Islamic State fighters defend Raqqa, the monitor said.',
      }),
      [
        '3,000-4,000 fighters (force size) in Raqqa, in an article dated 2017-06-18, conflicts with about 2,500 fighters (force size) stated in b.txt (2017-06-19).',
        'about 2,500 fighters (force size) in Raqqa, in an article dated 2017-06-19, conflicts with 3,000-4,000 fighters (force size) stated in a.txt (2017-06-18).',
      ],
    );
    // filed from the town itself, naming no other place: the dateline is the place
    assert.deepEqual(
      messages({
        'a.txt': 'Shelling in Manbij\n\nMANBIJ, Syria, June 18, 2017 (AP) — Shelling killed 12 civilians on Sunday, residents said.',
        'b.txt': 'Manbij shelling\n\nJune 18, 2017\n\nShelling killed 15 civilians in Manbij on Sunday, a monitor said.',
      }).map((m) => m.slice(0, m.indexOf(','))),
      ['12 people killed in Manbij', '15 people killed in Manbij'],
    );
    // a story filed abroad about a country: its figures are not the dateline's; one that names no
    // other place is
    const placesOf = (text: string): string[] => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.flatMap((f) => [...f.places, ...f.broadPlaces]);
    assert.deepEqual(placesOf('Displacement\n\nGENEVA, June 18, 2017 (Reuters) - More than 6.6 million people are displaced inside Syria, the UN refugee agency said.'), []);
    assert.deepEqual(placesOf('Toll\n\nDAMASCUS, Syria, June 18, 2017 (AP) - A car bomb killed 10 people on Monday, state media said.'), ['damascus']);
    // an all-caps heading is no dateline
    assert.equal(
      messages({
        'a.txt': 'MANBIJ: 12 CIVILIANS KILLED\n\nJune 18, 2017\n\nShelling hit the town of Manbij on Sunday, residents said.',
        'b.txt': 'June 18, 2017\n\nShelling killed 15 civilians in Manbij on Sunday, a monitor said.',
      }).length,
      2,
    );
  });

  it('reads fighters said to remain in a place as a force, not a fate that remained unknown', () => {
    const garrison = { 'a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists.' };
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 2,500 Islamic State fighters remain in Raqqa, according to the Pentagon.' }), [
      'a.txt:3,000 to 4,000 <> b.txt:About 2,500',
      'b.txt:About 2,500 <> a.txt:3,000 to 4,000',
    ]);
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nSome 2,500 jihadists are believed to remain inside Raqqa, the monitor said.' }).length, 2);
    // the men's fate, or civilians who remain: no force
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nThe fate of around 2,500 other fighters remained unknown in Raqqa, the monitor said.' }), []);
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 25,000 civilians remain in Raqqa, the UN said.' }), []);
    // fighters still in a place, or left in it; not those who left it, in buses or on foot
    const rival = (count: string): string[] => [`a.txt:3,000 to 4,000 <> b.txt:${count}`, `b.txt:${count} <> a.txt:3,000 to 4,000`];
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nSome 1,500 militants are still inside Raqqa, a commander said.' }), rival('Some 1,500'));
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nThere are thought to be fewer than 1,500 IS fighters left in Raqqa, an official said.' }), rival('fewer than 1,500'));
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 1,500 IS fighters are left in Raqqa, an official said.' }), rival('About 1,500'));
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 1,500 IS fighters left in buses from Raqqa, an official said.' }), []);
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 1,500 IS fighters left Raqqa on Sunday, an official said.' }), []);
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nAbout 1,500 IS fighters are still fighting in Raqqa, an official said.' }), []);
    // fighters who hold a place, or a side has in it; not a side's dead
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nRaqqa is held by no more than 2,000 militants, a coalition spokesman said.' }), rival('no more than 2,000'));
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nIS had about 1,500 fighters in Raqqa, an SDF spokesman said.' }), rival('about 1,500'));
    assert.deepEqual(conflicts({ ...garrison, 'b.txt': '19 June 2017\nIS had 1,500 fighters killed in Raqqa, an SDF spokesman said.' }), []);
  });

  it('counts the fighters holed up among civilians as a force, and not the civilians', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': '18 June 2017\nAccording to estimates, 2,500 ISIS fighters are holed up in Raqqa among about 100,000 civilians.',
        'b.txt': '19 June 2017\nThe coalition said 2,500 ISIS fighters are holed up in Raqqa among about 50,000 civilians.',
        'c.txt': '20 June 2017\nSome 4,000 jihadists are holed up in Raqqa among 100,000 residents, the monitor said.',
      }),
      ['a.txt:2,500 <> c.txt:Some 4,000', 'b.txt:2,500 <> c.txt:Some 4,000', 'c.txt:Some 4,000 <> a.txt:2,500,b.txt:2,500'],
    );
  });

  it('compares how many people live in a place, in the same part of it, and no one who lived there once', () => {
    const messages = (docs: Record<string, string>): string[] =>
      [...lintFixtures(docs).linter.allFindings().values()].flat().filter((f) => f.ruleId === 'figure-conflict').map((f) => f.message).sort();
    // in one article: the place named, then referred back to
    assert.deepEqual(
      messages({
        'a.txt': 'Daraya has been under siege since 2012. Only 8,000 people remain there, according to the United Nations.\n\nNearly 4,000 people live in Daraya today, the local council said.',
      }),
      [
        '8,000 people (population) in Daraya conflicts with about 4,000 people (population) in this article.',
        'about 4,000 people (population) in Daraya conflicts with 8,000 people (population) in this article.',
      ],
    );
    // across articles, in the same part of the city ("where ... live" too)
    assert.deepEqual(
      conflicts({
        'a.txt': '21 November 2016\nAid groups say about 300,000 civilians are trapped in the eastern districts of Aleppo.',
        'b.txt': '28 October 2016\nThe army tightened its siege of eastern Aleppo where 250,000 people live, the UN said.',
      }),
      ['a.txt:about 300,000 <> b.txt:250,000', 'b.txt:250,000 <> a.txt:about 300,000'],
    );
    // people who remain trapped, or are still in the place
    assert.deepEqual(
      conflicts({
        'a.txt': '20 June 2017\nRaqqa was encircled on Monday. Between 50,000 and 100,000 civilians are still in the city, according to the United Nations.',
        'b.txt': '22 June 2017\nThe monitor said some 170,000 civilians remain trapped in Raqqa.',
      }),
      ['a.txt:Between 50,000 and 100,000 <> b.txt:some 170,000', 'b.txt:some 170,000 <> a.txt:Between 50,000 and 100,000'],
    );
    // the government-held part and the rebel-held part are two populations; the whole city a third
    // (in copy that lost its commas, as the corpus's)
    assert.deepEqual(
      conflicts({
        'a.txt': '10 August 2016\nAn estimated 1.2 million people live in zones controlled by forces loyal to President Bashar al-Assad in Aleppo.',
        'b.txt': '11 August 2016\nAbout 400,000 people live in rebel-held districts of Aleppo the UN said.',
        'c.txt': '12 August 2016\nAleppo is still home to some 2 million people most of whom live in the western districts.',
      }),
      [],
    );
    // not a population: some of those who live there, those who lived there once; one of a place the
    // sentence does not name
    assert.deepEqual(
      conflicts({
        'a.txt': '10 August 2016\nMore than 5,000 people who live in Madaya have been evacuated, and 500 who lived there under siege for two years left the town.',
        'b.txt': '11 August 2016\nSome 2,000 people live in Madaya, the Red Crescent said.',
      }),
      [],
    );
    assert.deepEqual(
      conflicts({
        'b.txt': '11 August 2016\nAbout 400,000 people live in rebel-held districts of Aleppo the UN said.',
        'c.txt': '12 August 2016\nAir strikes hit Aleppo on Friday.\n\nThe UN is worried about the fate of about 200,000 people still living in rebel-held districts.',
      }),
      [],
    );
  });

  it('does not compare different measures, consistent lower bounds or different shares', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Wed 05 Apr 2017\nThe chemical attack in Khan Sheikhoun killed at least 58 people, the Observatory said.',
        'b.txt': 'Wed 05 Apr 2017\nThe chemical attack in Khan Sheikhoun wounded 300 people, a doctor said. At least 70 people were killed in the chemical attack in Khan Sheikhoun, the WHO said.',
        'c.txt': 'The SDF controls 45 percent of Raqqa. More than 80 percent of ISIS attacks used hidden explosives. Fighters took 80 percent of Tabqa.',
      }),
      [],
    );
    // loyalists and militiamen are fighters, not a count of people at large
    const executed = { 'a.txt': 'Sat 21 Feb 2015\nTroops executed 48 people in the village of Rityan, the Observatory said.' };
    assert.deepEqual(conflicts({ ...executed, 'b.txt': 'Sun 22 Feb 2015\nThe heavy fighting in Rityan claimed the lives of 129 loyalists and 116 rebels according to an Observatory toll.' }), []);
    assert.deepEqual(conflicts({ ...executed, 'b.txt': 'Sun 22 Feb 2015\nThe heavy fighting in Rityan claimed the lives of 129 people and 116 rebels according to an Observatory toll.' }), [
      'a.txt:48 <> b.txt:129',
      'b.txt:129 <> a.txt:48',
    ]);
  });

  it('finds two sources disagreeing in one article, and not one source listing two incidents', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Wednesday 9 Apr 2014\nTwo car bombs killed at least 25 people in Karam al-Luz in Homs, SANA said. The Syrian Observatory for Human Rights said the bombings killed 21 people in Karam al-Luz.',
        'b.txt': 'Wednesday 9 Apr 2014\nA rocket killed three people in Jobar, SANA said. Another rocket killed five people in Jobar later, SANA said.',
      }),
      ['a.txt:21 <> a.txt:at least 25', 'a.txt:at least 25 <> a.txt:21'],
    );
    // a source that puts the number of dead at a figure gives a toll; one of refugees is none
    const tolls = 'Wed 05 Apr 2017\nThe death toll from the chemical attack on Khan Sheikhoun in Idlib province rose to 72, the Observatory said. The Idlib health directorate put the number of dead at 100.';
    assert.deepEqual(conflicts({ 'a.txt': tolls }), ['a.txt:100 <> a.txt:72', 'a.txt:72 <> a.txt:100']);
    assert.deepEqual(conflicts({ 'a.txt': tolls.replace('number of dead', 'number of refugees') }), []);
    // the class a toll names before its count: "the number of children killed to 20"
    const measures = (text: string): string[] => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.map((f) => f.measure);
    assert.deepEqual(measures('The toll rose to 72, bringing the number of children killed to 20.'), ['killed:people', 'killed:children']);
    assert.deepEqual(measures('The war has brought the number of refugees in Turkey to 3 million.'), []);
  });

  it('takes one incident told twice by one source as rival counts, not two incidents', () => {
    // the same five killed in both sentences: the wounded are one count, stated two ways
    assert.deepEqual(
      conflicts({
        'a.txt': '03-07-2015\nFive civilians were killed and more than 90 others were wounded in rocket attacks on Aleppo. The attacks claimed the lives of five citizens and injured 90 others.',
        'b.txt': '03-07-2015\nFive civilians were killed and 20 others were wounded in rocket attacks on Aleppo. In the evening, three people were killed and 12 others were wounded in Aleppo.',
      }),
      ['a.txt:90 <> a.txt:more than 90', 'a.txt:more than 90 <> a.txt:90'],
    );
  });

  it('reads a toll documented so far as today\'s, and no toll of another kind of incident as a part', () => {
    const observatory = '25 September 2016\nThe Syrian Observatory for Human Rights reported 23 civilians had been killed in Aleppo. ';
    const defense = 'Ibrahim Alhaj of the Syrian Civil Defense said hospitals and rescuers have documented the deaths of 43 people in Aleppo so far.';
    assert.deepEqual(conflicts({ 'a.txt': observatory + defense }), ['a.txt:23 <> a.txt:43', 'a.txt:43 <> a.txt:23']);
    // 23 and the convoy's 20 make 43, but the convoy's toll is not part of the city's
    assert.deepEqual(
      conflicts({ 'a.txt': `${observatory}${defense} Johnson condemned the attack on an aid convoy that claimed 20 lives.` }),
      ['a.txt:23 <> a.txt:43', 'a.txt:43 <> a.txt:23'],
    );
  });

  it('sets no toll of several days against a day\'s', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': '24 October 2016\nSixteen civilians were killed in air raids on Idlib province, activists said. Since Thursday bombing has killed 44 civilians in Idlib province, the Observatory said.',
        'b.txt': '26 October 2016\nAir strikes on a school in Hass killed 35 people, rescuers said. The latest attacks took to 89 the number of civilians killed in air strikes on Hass in the past seven days, said the Observatory.',
        'c.txt': '27 October 2016\nAir strikes on a school in Hass killed 26 people, rescuers said. Seven days of airstrikes across Hass had left more than 75 civilians dead according to the Syrian Observatory.',
        'd.txt': 'Monday 6 June 2016\nThe monitor said 13 people were killed on Saturday in Sheikh Maqsoud by rebel mortars. Rebel shelling of Sheikh Maqsoud over the whole weekend killed at least 44 people, SANA said.',
        // a toll of a period named by its length, or of the first months of a year
        'e.txt': '23 October 2017\nIn that three-week period Daesh executed 128 residents of Qaryatayn, a local group said.',
        'f.txt': '23 October 2017\nSyrian activists said at least 65 bodies of civilians were found in Qaryatayn. MSF said its facilities reported 90 dead in Qaryatayn for the first six months of 2017.',
        'g.txt': '23 October 2017\nA local official said 50 civilians were killed in Qaryatayn.',
        // ... or of an inquiry or a campaign named by its length
        'h.txt': '27 October 2016\nHuman Rights Watch said it collected the names of 30 civilians killed by mines in Hass during a five-day investigation.',
        // ... or of two days or more counted in hours
        'i.txt': '12 March 2016\nRussian air raids on Palmyra killed at least 100 militants over the past 48 hours, military sources said.',
        'j.txt': '11 March 2016\nSyrian warplanes raided ISIL sites in Palmyra killing around 70 militants, SANA said.',
      }),
      // the day's tolls of the school disagree, and so do the day's bodies in Qaryatayn
      ['b.txt:35 <> c.txt:26', 'c.txt:26 <> b.txt:35', 'f.txt:at least 65 <> g.txt:50', 'g.txt:50 <> f.txt:at least 65'],
    );
  });

  it('sets no part of a total against it, nor incidents in two districts of one city', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Sun 26 Jun 2016\nAir strikes killed 58 civilians in al-Quriyah, the Observatory said. A local council said 24 other people were killed in al-Quriyah.',
        'b.txt': 'Sat 21 Feb 2015\nA barrel bomb killed eight people in Bustan al-Qasr, activists said. Six people were also killed in rebel shelling of Bustan al-Qasr, state media reported.',
        'c.txt': 'Mon 7 Nov 2016\nRocket shells on al-Mazzeh in Damascus injured 7 people, a police source said. Mortar rounds on al-Wafideen Camp in Damascus injured 9 persons, SANA said.',
        'e.txt': 'Wed 1 Nov 2017\nFour schoolchildren were among eight people killed in shelling of Jisreen, activists said. Eight people were killed in Jisreen, state media said.',
        // a toll broken down by class: the civilians are a part of the "more than 50"
        'f.txt': 'May 18 2017\nIS killed more than 50 people in an attack on two villages in Hama province, a monitor said. The Syrian Observatory said the attack killed 15 civilians and 27 popular fighters.',
        // the same two sources, the second count not worded as a part: a disagreement
        'd.txt': 'Tue 5 Jan 2016\nAir strikes killed 58 civilians in al-Quriyah, the Observatory said. A local council said 24 people were killed in al-Quriyah.',
      }),
      ['d.txt:24 <> d.txt:58', 'd.txt:58 <> d.txt:24'],
    );
  });

  it('sets no parts that add up to a total against it, though they are stated apart', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Friday 30 Sep 2016\nThirteen civilians were killed in Aleppo on Friday, SANA said. A source at Aleppo Governorate said that 9 persons were killed in Aleppo. The Police Command said that rocket shells on Aleppo killed 4 civilians.',
        // four parts of a roundup's total
        'c.txt': 'Monday 28 Nov 2016\nSeventy-two people were injured in Aleppo on Monday, SANA said. A police source said rockets on Bab al-Faraj injured 19 and 3 in al-Furqan. Shells on New Aleppo injured 7 others, the source said. Later SANA reporter said that 43 others were injured in rocket attacks on Aleppo.',
        // the same counts that do not add up: two sources disagree
        'b.txt': 'Friday 30 Sep 2016\nThirteen civilians were killed in Homs on Friday, SANA said. A source at Homs Governorate said that 9 persons were killed in Homs. The Police Command said that rocket shells on Homs killed 3 civilians.',
      }),
      // (3 and Thirteen are too far apart to be one toll)
      ['b.txt:3 <> b.txt:9', 'b.txt:9 <> b.txt:Thirteen,b.txt:3', 'b.txt:Thirteen <> b.txt:9'],
    );
    // a part said to be about its value is summed by that value
    const hama = (north: string) =>
      `21-05-2016\nThe army foiled an attack in Hama countryside on Saturday, SANA said. 125 terrorists at least were killed in the countryside of Hama. A military source said the army killed about 100 terrorists near Harbanafseh in Hama countryside. In the northern countryside ${north} terrorists were killed.`;
    assert.deepEqual(conflicts({ 'a.txt': hama('25') }), []);
    assert.deepEqual(conflicts({ 'a.txt': hama('35') }), ['a.txt:125 <> a.txt:about 100', 'a.txt:35 <> a.txt:about 100', 'a.txt:about 100 <> a.txt:125,a.txt:35']);
  });

  it('sets no count included in an added one against another', () => {
    // the 11 children are some of "another 42", not a toll of children
    assert.deepEqual(conflicts({ 'a.txt': '5 August 2016\nAir raids on Aleppo killed at least 10 people including seven children, activists said. The deaths include 65 people among them 22 children killed in rebel fire, the Observatory said. Another 42 people including 11 children have been killed in strikes on eastern Aleppo, the monitor said.' }), ['a.txt:22 <> a.txt:seven', 'a.txt:seven <> a.txt:22']);
  });

  it('counts children killed in an incident of their own among the parts of a toll of people', () => {
    assert.deepEqual(
      conflicts({
        // three civilians and two children make the five
        'a.txt': '07-07-2016\nTerrorist rocket attacks in Aleppo left five civilians killed, SANA reported. A source at Aleppo Police Command said three civilians were killed after terrorists targeted Saif al-Dawleh neighborhood in Aleppo with rocket shells. Two children were killed in al-Mohafazah neighborhood in Aleppo.',
        // two children counted with the four people: no part of their own
        'b.txt': '07-07-2016\nTerrorist rocket attacks in Homs left five civilians killed, SANA reported. A source at Homs Police Command said three civilians were killed after terrorists targeted al-Waer neighborhood in Homs with rocket shells. Rocket shells killed four people including two children in Homs, activists said.',
      }),
      ['b.txt:five <> b.txt:three,b.txt:four', 'b.txt:four <> b.txt:five,b.txt:three', 'b.txt:three <> b.txt:five,b.txt:four'],
    );
  });

  it('sets a count on top of another against no other article, but a whole count after the other outcome', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Mon 18 Jul 2016\nAt least 15 people were killed in coalition raids on Manbij on Monday, the Observatory said. It said six more people lost their lives in a village near Manbij.',
        'b.txt': 'Mon 18 Jul 2016\nCoalition raids on Manbij killed at least 21 civilians on Monday, activists said. Meanwhile six others were killed in barrel bombs on Manbij.',
        'c.txt': 'Mon 18 Jul 2016\nRockets on Aleppo injured 20 people on Monday, SANA said. Shelling of Manbij on Monday killed a woman and injured three others, state media said.',
        'd.txt': 'Mon 18 Jul 2016\nShelling of Manbij on Monday injured 8 people, activists said.',
      }),
      ['c.txt:three <> d.txt:8', 'd.txt:8 <> c.txt:three'],
    );
  });

  it('reads each count of "killed ... and ... injured" with its own verb', () => {
    const measures = (text: string): string[] => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.map((f) => `${f.text} ${f.measure}`);
    assert.deepEqual(measures('Two civilians were killed and three others were injured in Deir Ezzor city, SANA said.'), ['Two killed:people', 'three wounded:people']);
    assert.deepEqual(measures('The shells claimed the lives of two persons and injured 13 others, SANA said.'), ['two killed:people', '13 wounded:people']);
    assert.deepEqual(measures('Shelling of Handarat claimed the lives of 15 people injuring dozens of others.'), ['15 killed:people']);
    assert.deepEqual(measures('Rocket shells killed 4 civilians injuring 10 others, a police source said.'), ['4 killed:people', '10 wounded:people']);
    // the dead and the hurt counted together are neither; harm is a wound
    assert.deepEqual(measures('Rocket shells killed and injured five civilians in Aleppo city, SANA said.'), ['five casualties:people']);
    assert.deepEqual(measures('Five people were killed or wounded in Homs, SANA said.'), ['Five casualties:people']);
    assert.deepEqual(measures('The attack claimed the lives of some 80 people and inflicted harm on an additional 200 civilians.'), ['some 80 killed:people', '200 wounded:people']);
    assert.deepEqual(measures('The bombing caused 19 dead and wounded, the Observatory said.'), ['19 casualties:people']);
    // the count's own passive verb, past an "and" that closes the other outcome's clause
    assert.deepEqual(measures('A woman was killed and 25 others on a bus were wounded in a town south of Homs, sources said.'), ['25 wounded:people']);
    assert.deepEqual(measures('As well as those killed at least 160 people were injured, the monitor said.'), ['at least 160 wounded:people']);
    // ... also with no counted noun, a comma lost before it
    assert.deepEqual(measures('At least 14 people were killed 25 were wounded in a suicide attack on a wedding in Hasakah.'), [
      'At least 14 killed:people',
      '25 wounded:people',
    ]);
    assert.deepEqual(measures('Air strikes killed three people near Kabiba while seven were killed by strikes on a gas station.'), [
      'three killed:people',
      'seven killed:people',
    ]);
    // an active verb with a count after it is that count's, not the one before it
    assert.deepEqual(measures('US Missile Strike on Syria Kills Five Injures Seven - Homs Governor'), ['Five killed:people', 'Seven wounded:people']);
    assert.deepEqual(measures('Shells killed 10 civilians wounding 15 others in Aleppo, SANA said.'), ['10 killed:people', '15 wounded:people']);
    // a count joined by "as well as" has the outcome of the count before it, not of a clause on who they were
    assert.deepEqual(measures('The assault killed five soldiers as well as six militants who were defending the base, the Observatory said.'), ['five killed:fighters', 'six killed:fighters']);
    assert.deepEqual(measures('The explosion took the lives of 2 women as well as 2 soldiers wounding several others.'), ['2 killed:women', '2 killed:fighters']);
    // the class of a part after "including" is not the count's
    assert.deepEqual(measures('Air strikes kill 11 including children in Idlib, a monitor said.'), ['11 killed:people']);
    assert.deepEqual(measures('A car bomb in Aleppo killed 23 including militants, the Observatory said.'), ['23 killed:people']);
    // teachers, like medics and rescuers, are a class of their own
    assert.deepEqual(measures('Air strikes hit a school on Wednesday killing 22 children and six teachers, UNICEF said.'), ['22 killed:children', 'six killed:workers']);
    // victims brought for treatment are the hurt
    assert.deepEqual(measures('Fifteen victims mostly women and children were brought to Turkey for treatment.'), ['Fifteen wounded:people']);
    assert.deepEqual(measures('A doctor said his hospital in Idlib province received three victims with pinpoint pupils.'), ['three wounded:people']);
    assert.deepEqual(measures('The Observatory said the raid left 15 victims in the village.'), ['15 killed:people']);
    // "several dozen" is an order of magnitude, not twelve
    assert.deepEqual(measures('The bombing left several dozen dead and a dozen wounded, the Observatory said.'), ['a dozen wounded:people']);
    // a part listed after "among them" counts what its total counts
    assert.deepEqual(measures('Eleven civilians were killed among them a child and two women while 44 others were injured, SANA said.'), [
      'Eleven killed:people',
      'two killed:women',
      '44 wounded:people',
    ]);
  });

  it('reads the parts of a total as parts: listed, beside someone, or the others', () => {
    const parts = (text: string): string[] =>
      summarize({ uri: 'x', version: 1, text: `Tue 25 Apr 2017\n${text}` }, Knowledge.default()).figures.filter((f) => f.part).map((f) => f.text);
    assert.deepEqual(parts('"Twelve people were killed including at least two rebel fighters and five civilians" the Observatory said.'), ['five']);
    assert.deepEqual(parts('Rockets killed 10 civilians including a child and 37 others were injured, SANA said.'), []);
    assert.deepEqual(parts('The journalist was killed along with two other people by a blast, SANA said.'), ['two']);
    assert.deepEqual(parts('Missile strikes on schools killed nine children and 14 others, activists said.'), ['14']);
    // all the children there are, on top of the workers
    assert.deepEqual(parts('Bombing killed three rescue workers while six children were also killed in air raids, activists said.'), []);
    // some of a number counted whole
    assert.deepEqual(parts('At least 17 people were killed, and the Observatory said that 14 of the dead were opposition fighters.'), ['14']);
    assert.deepEqual(parts('Fourteen of the IS group fighters were killed as they attempted to enter the villages.'), ['Fourteen']);
    // named after "among ... were"; "among them" opens the parts of the count before it
    assert.deepEqual(parts('He says that among the 23 killed was a family of 10 people including eight children.'), ['10']);
    assert.deepEqual(parts('Among the dead were 22 children, UNICEF said.'), ['22']);
    assert.deepEqual(parts('The strikes killed 12 people, among them were three children, the monitor said.'), ['three']);
    // the first of a breakdown by place
    assert.deepEqual(parts('The Damascus Media Office said 150 bodies were counted in Hammouriya 100 in Kfar Batna 67 in Saqba and 40 in Erbin.'), ['150']);
    assert.deepEqual(parts('The Damascus Media Office said 150 bodies were counted in Hammouriya on Wednesday.'), []);
    // one place's count of a breakdown is no toll of the attack, in another article either
    assert.deepEqual(conflicts({ 'a.txt': 'Wed 21 Aug 2013\nThe Damascus Media Office said 150 bodies were counted in Hammouriya 100 in Kfar Batna 67 in Saqba and 40 in Erbin after the chemical attack.', 'b.txt': 'Wed 21 Aug 2013\nActivists said more than 200 people were killed in a chemical attack on Hammouriya and other suburbs of Damascus.' }), []);
  });

  it('dates a toll by the day its sentence names, when it names one', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Tue 04 Apr 2017\nThe chemical attack in Khan Sheikhoun killed 58 people, the Observatory said.',
        // two weeks later, of the same day's attack
        'b.txt': 'Tue 18 Apr 2017\nOn April 4 the chemical attack in Khan Sheikhoun killed about 90 people, activists said.',
        // two days earlier, of an attack six weeks before
        'c.txt': 'Sun 02 Apr 2017\nOn February 22 a chemical attack in Khan Sheikhoun killed six people, MSF said.',
      }),
      ['a.txt:58 <> b.txt:about 90', 'b.txt:about 90 <> a.txt:58'],
    );
    // in one article, a day named ten days before the article's and the article's own
    assert.deepEqual(
      conflicts({
        'd.txt': 'Thu 05 Feb 2015\nOn Jan. 25 Jaysh al-Islam fired at least 38 rockets on Damascus killing seven people, the Observatory said. SANA said five people had been killed in bombardment of Damascus.',
        'e.txt': 'Thu 05 Feb 2015\nOn Tuesday rebels fired rockets on Damascus killing seven people, the Observatory said. SANA said five people had been killed in bombardment of Damascus.',
      }),
      ['e.txt:five <> e.txt:seven', 'e.txt:seven <> e.txt:five'],
    );
    // the message and the link give the incident's day beside the article's date
    const { linter } = lintFixtures({
      'a.txt': 'Tue 04 Apr 2017\nThe chemical attack in Khan Sheikhoun killed 58 people, the Observatory said.',
      'b.txt': 'Tue 18 Apr 2017\nOn April 4 the chemical attack in Khan Sheikhoun killed about 90 people, activists said.',
    });
    const later = linter.findings('b.txt').find((f) => f.ruleId === 'figure-conflict');
    assert.match(later?.message ?? '', /^about 90 people killed in Khan Sheikhoun, on 2017-04-04, in an article dated 2017-04-18, conflicts with 58 people killed/);
    const earlier = linter.findings('a.txt').find((f) => f.ruleId === 'figure-conflict');
    assert.match(earlier?.message ?? '', /b\.txt \(2017-04-18; on 2017-04-04\)/);
    assert.equal(earlier?.related?.[0].message, 'about 90 people killed, on 2017-04-04, article dated 2017-04-18');
  });

  it('reads a count after "including" or "the" as a part of a count stated before it', () => {
    assert.deepEqual(
      conflicts({
        'a.txt':
          'Fri 03 Jun 2016\nAir raids in Aleppo killed 31 civilians on Friday including 10 people on a bus, the civil defence said. "As well as the 10 civilians killed on the bus, 21 other people were killed," it said. The Observatory said 25 people were killed in Aleppo on Friday.',
      }),
      ['a.txt:25 <> a.txt:31', 'a.txt:31 <> a.txt:25'],
    );
  });

  it('gives a sentence on a place of its own no incident kind from the lead', () => {
    const lead = 'August 2 2016\nA chlorine gas attack hit the town of Abu al-Duhur on Monday, rescuers said. Dozens struggled to breathe. ';
    const helicopter = 'A helicopter was shot down near Saraqeb on Monday killing all five people on board, the ministry said.';
    const other = { 'b.txt': 'August 2 2016\nA chlorine gas attack on Abu al-Duhur on Monday killed 12 civilians, rescuers said.' };
    assert.deepEqual(conflicts({ 'a.txt': lead + helicopter, ...other }), []);
    // a sentence that names no place of its own still tells the lead's incident
    assert.deepEqual(conflicts({ 'a.txt': lead + helicopter.replace(' near Saraqeb', ''), ...other }), [
      'a.txt:five <> b.txt:12',
      'b.txt:12 <> a.txt:five',
    ]);
  });

  it('counts rescuers, medics and reporters apart from the toll they are some of', () => {
    const toll = { 'a.txt': 'September 20 2016\nAn air strike on an aid convoy in Urum al-Kubra killed around 20 civilians on Monday, the UN said.' };
    const volunteers = 'September 20 2016\nFifteen volunteers were killed in the strike on the aid convoy in Urum al-Kubra on Monday, the Civil Defence said.';
    assert.deepEqual(conflicts({ ...toll, 'b.txt': volunteers }), []);
    // two counts of the volunteers do disagree
    assert.deepEqual(conflicts({ ...toll, 'b.txt': volunteers, 'c.txt': volunteers.replace('Fifteen', 'Nine') }), [
      'b.txt:Fifteen <> c.txt:Nine',
      'c.txt:Nine <> b.txt:Fifteen',
    ]);
  });

  it('sets no toll of one kind of incident against another kind\'s in an article', () => {
    const text =
      'Tue May 3 2016\nNusra launched missiles at Aleppo on Tuesday killing nine people, Sputnik reported. At least 10 people were killed when a rocket hit the Dabbit hospital in Aleppo on Tuesday, a source said.';
    assert.deepEqual(conflicts({ 'a.txt': text }), []);
    // a kind both sentences name: one incident, two counts
    assert.deepEqual(conflicts({ 'a.txt': text.replace('a rocket hit', 'a missile hit') }), ['a.txt:At least 10 <> a.txt:nine', 'a.txt:nine <> a.txt:At least 10']);
    // shelling is a kind of its own: rebel shells and barrel bombs are two incidents
    const aleppo =
      'Saturday 18 Jun 2016\nAt least seven people died in rebel shelling of a neighbourhood of Aleppo, a monitoring group said. Three people died and nine were injured by barrel bombs dropped from helicopters in Aleppo, the Observatory said.';
    assert.deepEqual(conflicts({ 'a.txt': aleppo }), []);
    assert.deepEqual(conflicts({ 'a.txt': aleppo.replace(' by barrel bombs dropped from helicopters', '') }), [
      'a.txt:At least seven <> a.txt:Three',
      'a.txt:Three <> a.txt:At least seven',
    ]);
  });

  it('sets no count of one incident against a roundup\'s total of attacks on several places', () => {
    const total = 'Sun 20 Nov 2016\nThe death toll from attacks with shells on residential neighborhoods in Aleppo city rose to 10 killed, SANA said. ';
    const school = 'A source said the mortar shell fell inside a classroom in Aleppo city killing seven students.';
    assert.deepEqual(conflicts({ 'a.txt': total + school }), []);
    // a total of one attack and another source's count of it disagree
    assert.deepEqual(conflicts({ 'a.txt': total.replace('attacks with shells on residential neighborhoods', 'a shell on a school') + school }), [
      'a.txt:10 <> a.txt:seven',
      'a.txt:seven <> a.txt:10',
    ]);
    // across articles too: a day's total of strikes on towns across the country, one town's count
    const country = 'Monday 2 Feb 2015\nGovernment air strikes on opposition-held towns across the country killed at least 32 people in Jassem and Daraa on Monday, a monitor said.';
    const town = { 'b.txt': 'Monday 2 Feb 2015\nIn Jassem in the province of Daraa 16 civilians were killed in four air strikes on Monday, the Observatory said.' };
    assert.deepEqual(conflicts({ 'a.txt': country, ...town }), []);
    assert.deepEqual(conflicts({ 'a.txt': country.replace(' on opposition-held towns across the country', ''), ...town }), [
      'a.txt:at least 32 <> b.txt:16',
      'b.txt:16 <> a.txt:at least 32',
    ]);
    // strikes across a province, and the toll the dead told before were among
    const hospitals = 'Thursday 27 Jul 2017\nAir strikes on two hospitals in Idlib province on Thursday left 10 people dead, a monitor said. ';
    assert.deepEqual(conflicts({ 'a.txt': `${hospitals}They were among 19 people killed in strikes on Idlib province on Thursday, the Observatory said.` }), []);
    assert.deepEqual(conflicts({ 'a.txt': `${hospitals}In all 19 people were killed in strikes across Idlib province on Thursday, the Observatory said.` }), []);
    assert.deepEqual(conflicts({ 'a.txt': `${hospitals}The Observatory said 19 people were killed in the strikes on the hospitals.` }), [
      'a.txt:10 <> a.txt:19',
      'a.txt:19 <> a.txt:10',
    ]);
    // a total of separate operations, and one of them told by another source
    const operations = 'Mon 02 Oct 2017\nA total of 24 Daesh terrorists were killed in separate operations near Deir ez-Zor and Raqqa local media reported. ';
    const one = 'According to the ANF news outlet 12 Daesh members were killed by the SDF in fighting near Deir ez-Zor.';
    assert.deepEqual(conflicts({ 'a.txt': operations + one }), []);
    assert.deepEqual(conflicts({ 'a.txt': operations.replace('in separate operations', 'in an operation') + one }), ['a.txt:12 <> a.txt:24', 'a.txt:24 <> a.txt:12']);
  });

  it('sets no figure against another article\'s that its own sentence states too, or that adds them up', () => {
    // one wire story in two articles: each count of the sentence is another's mate, not its rival
    const clinic = 'The terrorists targeted the clinic in al-Mogambo with rocket shells injuring three persons from the medical staff in addition to five patients.';
    assert.deepEqual(conflicts({ 'a.txt': `Wed 01 Jun 2016\n${clinic}`, 'b.txt': `Thu 02 Jun 2016\n${clinic}` }), []);
    assert.deepEqual(conflicts({ 'a.txt': `Wed 01 Jun 2016\n${clinic}`, 'b.txt': `Thu 02 Jun 2016\n${clinic.replace('three', 'nine').replace('five', 'seven')}` }), [
      'a.txt:five <> b.txt:nine,b.txt:seven',
      'a.txt:three <> b.txt:nine,b.txt:seven',
      'b.txt:nine <> a.txt:three,a.txt:five',
      'b.txt:seven <> a.txt:three,a.txt:five',
    ]);
    // ... nor when one count is the same: the other is the other's mate
    assert.deepEqual(conflicts({ 'a.txt': `Wed 01 Jun 2016\n${clinic}`, 'b.txt': `Thu 02 Jun 2016\n${clinic.replace('five', 'seven')}` }), [
      'a.txt:five <> b.txt:seven',
      'b.txt:seven <> a.txt:five',
    ]);
    // the counts of one sentence and their sum in another article
    const ministry = 'Sun 08 Oct 2017\nUp to 80 Daesh fighters were killed in the area of Mayadeen the ministry said adding that another 40 Daesh fighters were killed around Abu Kamal.';
    const total = 'Sat 07 Oct 2017\nRussian strikes killed 120 Daesh fighters in Mayadeen and Abu Kamal, the ministry said.';
    assert.deepEqual(conflicts({ 'a.txt': ministry, 'b.txt': total }), []);
    assert.deepEqual(conflicts({ 'a.txt': ministry, 'b.txt': total.replace('120', '200') }), ['a.txt:Up to 80 <> b.txt:200', 'b.txt:200 <> a.txt:Up to 80']);
  });

  it('sets no tolls in two towns, each named, against each other across articles', () => {
    const saraqeb = { 'a.txt': 'Tuesday 4 Apr 2017\nA chemical attack on Saraqeb in Idlib province killed 20 people on Tuesday, the Observatory said.' };
    assert.deepEqual(conflicts({ ...saraqeb, 'b.txt': 'Tuesday 4 Apr 2017\nA chemical attack on Khan Sheikhoun in Idlib province killed 58 people on Tuesday, the Observatory said.' }), []);
    // the same town, or the province alone, may be the same incident
    assert.deepEqual(conflicts({ ...saraqeb, 'b.txt': 'Tuesday 4 Apr 2017\nA chemical attack on Saraqeb in Idlib province killed 31 people on Tuesday, activists said.' }), [
      'a.txt:20 <> b.txt:31',
      'b.txt:31 <> a.txt:20',
    ]);
    assert.deepEqual(conflicts({ ...saraqeb, 'b.txt': 'Tuesday 4 Apr 2017\nA chemical attack in Idlib province killed 31 people on Tuesday, activists said.' }), [
      'a.txt:20 <> b.txt:31',
      'b.txt:31 <> a.txt:20',
    ]);
  });

  it('sets no roundups of two days that share one of the districts each names against each other', () => {
    const sunday = { 'a.txt': 'Sun 30 Oct 2016\nTerrorists fired rocket shells on al-Hamadaniyeh and al-Meridian neighborhoods in Aleppo killing two people and injuring 6 others, SANA reported.' };
    const monday = 'Mon 31 Oct 2016\nTerrorists fired rocket shells on the neighborhoods of al-Hamadanyia and Halab al-Jadida killing three people and injuring five others, SANA reported.';
    assert.deepEqual(conflicts({ ...sunday, 'b.txt': monday }), []);
    // one district named, or the same two, may be the same attack
    const same = ['a.txt:6 <> b.txt:five', 'a.txt:two <> b.txt:three', 'b.txt:five <> a.txt:6', 'b.txt:three <> a.txt:two'];
    assert.deepEqual(conflicts({ ...sunday, 'b.txt': monday.replace(' and Halab al-Jadida', '') }), same);
    assert.deepEqual(conflicts({ ...sunday, 'b.txt': monday.replace('Halab al-Jadida', 'al-Meridian') }), same);
  });

  it('sets no tolls in two provinces against each other when they share only an uncurated name', () => {
    const deir = { 'a.txt': 'Sunday 14 Feb 2016\nAirstrikes on the al-Hamediyeh neighborhood of Deir Ezzor city killed 5 militants on Sunday, SANA said.' };
    const idlib = 'Monday 15 Feb 2016\nAirstrikes on the al-Hamediyeh neighborhood in Idlib province killed 10 militants on Sunday, SANA said.';
    assert.deepEqual(conflicts({ ...deir, 'b.txt': idlib }), []);
    // in one province it may be the same neighbourhood
    assert.deepEqual(conflicts({ ...deir, 'b.txt': idlib.replace('in Idlib province', 'of Deir Ezzor city') }), [
      'a.txt:5 <> b.txt:10',
      'b.txt:10 <> a.txt:5',
    ]);
  });

  it('sets no tolls that name only provinces, in two governorates, against each other', () => {
    const idlib = { 'a.txt': 'Wed 26 Oct 2016\nAir strikes on a school in Idlib province killed 15 people, the UN said.' };
    const aleppo = 'Thu 27 Oct 2016\nRebel shelling hit a school in Aleppo and killed 6 people, state media said.';
    assert.deepEqual(conflicts({ ...idlib, 'b.txt': aleppo }), []);
    // one governorate, named as its province or as a region in it (the Ghouta is Damascus's)
    assert.deepEqual(conflicts({ ...idlib, 'b.txt': aleppo.replace('in Aleppo', 'in Idlib') }), ['a.txt:15 <> b.txt:6', 'b.txt:6 <> a.txt:15']);
    assert.deepEqual(
      conflicts({
        'a.txt': 'Wed 21 Aug 2013\nA chemical attack in the Eastern Ghouta killed 1,300 people, the opposition said.',
        'b.txt': 'Wed 21 Aug 2013\nA chemical attack near Damascus killed 494 people, a monitoring group said.',
      }),
      ['a.txt:1,300 <> b.txt:494', 'b.txt:494 <> a.txt:1,300'],
    );
  });

  it('sets no toll in a town of one governorate against one that names only another governorate', () => {
    const town = { 'a.txt': 'Tue 4 Apr 2017\nA chemical attack on Khan Sheikhoun in Idlib province wounded 15 people, the Observatory said.' };
    const homs = 'Fri 7 Apr 2017\nThe Homs governor said seven people were wounded in the strike on the airbase, which was blamed for the chemical attack.';
    assert.deepEqual(conflicts({ ...town, 'b.txt': homs }), []);
    // (the town's governorate told by the list and by its sentence: the same one is compared)
    assert.deepEqual(conflicts({ ...town, 'b.txt': homs.replace('The Homs governor', 'The Idlib governor') }), ['a.txt:15 <> b.txt:seven', 'b.txt:seven <> a.txt:15']);
  });

  it('sets no count of children under an age against the count of all the children', () => {
    const text = (age: string) =>
      `Wed 05 Apr 2017\nThe chemical attack in Khan Sheikhoun killed 11 children${age}, the Observatory said. The opposition coalition said the chemical attack in Khan Sheikhoun killed 25 children.`;
    assert.deepEqual(conflicts({ 'a.txt': text(' at ages below 8') }), []);
    assert.deepEqual(conflicts({ 'a.txt': text(' under the age of eight') }), []);
    // "under 18" bounds nothing childhood does not; "under the rubble" is no age
    const rivals = ['a.txt:11 <> a.txt:25', 'a.txt:25 <> a.txt:11'];
    assert.deepEqual(conflicts({ 'a.txt': text(' under 18') }), rivals);
    assert.deepEqual(conflicts({ 'a.txt': text(' under the rubble') }), rivals);
    assert.deepEqual(conflicts({ 'a.txt': text('') }), rivals);
  });

  it('places a count stated again without its place where the article places it', () => {
    // the standfirst's "Three civilians" is the three killed in al-Sulaymaniyah: one shelling, told two ways
    const three =
      'Sat 12 Nov 2016\nThree civilians were killed on Saturday in a terrorist shelling of Aleppo. A source at Aleppo Police Command told SANA that terrorists targeted al-Sulaymaniyah neighborhood with rocket shells killing three persons.';
    const two = 'Sat 12 Nov 2016\nTwo people have been killed in a shelling of the al-Sulaymaniyah neighborhood of Aleppo on Saturday state news agency SANA reported.';
    assert.ok(conflicts({ 'a.txt': three, 'b.txt': two }).includes('a.txt:Three <> b.txt:Two'));
    // a village's raid of Tuesday, whose toll a web page states first without the village (under
    // its tags), is not a raid on another village's hospital on Thursday in the same province
    const doc = (name: string) => ({ uri: name, version: 0, text: readFileSync(join(DEV_CORPUS, 'articles', name), 'utf8') });
    const linter = new CorpusLinter({ articleDate: (uri) => (uri === 'fakes-1923848121.txt' ? '2017-04-27' : undefined) });
    linter.setAll([doc('fakes-1923102866.txt'), doc('fakes-1923848121.txt')].map((d) => linter.summarize(d)));
    const tuesday = linter.findings('fakes-1923102866.txt').filter((f) => f.ruleId === 'figure-conflict');
    assert.deepEqual(tuesday.map((f) => f.message), []);
  });

  it('reads no place a push was heading towards as the place of a toll', () => {
    const convoy = {
      'b.txt': 'Sat 15 Apr 2017\nA car bomb attack on a convoy of evacuees west of Aleppo killed at least 100 people, the Observatory said.',
    };
    const heading =
      'Sat 15 Apr 2017\nA suicide car bomb attack on a convoy of evacuees killed 43 people on Saturday as US-backed fighters advanced in their push towards the Raqqa stronghold. The blast hit a transit point west of Aleppo.';
    assert.deepEqual(conflicts({ 'a.txt': heading, ...convoy }), ['a.txt:43 <> b.txt:at least 100', 'b.txt:at least 100 <> a.txt:43']);
  });

  it('reads no place in the tags a web page runs into its lead as the place of a toll', () => {
    const places = (text: string): string[][] => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.map((f) => [f.text, ...f.places]);
    const lead = 'Fri 7 Apr 2017\nUS missiles hit a Syrian air base. Tags Shayrat US Homs Idlib Khan Sheikhun Six people were killed in the strike on the Shayrat airbase.';
    assert.deepEqual(places(lead), [['Six', 'shayrat']]);
    // a list ends where a count, an article or the sentence begins; the tags a page closes with as well
    const page = 'On the page. Tags Aleppo siege Idlib 16 people were killed. Tags Raqqa ISIS';
    const spans = tagListSpans(page);
    assert.deepEqual([0, 2].map((i) => page.slice(spans[i], spans[i + 1])), ['Tags Aleppo siege Idlib ', 'Tags Raqqa ISIS']);
  });

  it("reads a count's places in its own story when a roundup glues two with a period before a number", () => {
    const roundup =
      'Sunday 20 Nov 2016\nShells hit houses in Harasta killing two persons and causing damage to properties. 4 citizens killed in a rocket attack in Douma At least four citizens were killed in a rocket attack on Douma, a source said.';
    const other = { 'b.txt': 'Sunday 20 Nov 2016\nShells hit Harasta on Sunday killing two people, SANA said.' };
    assert.deepEqual(conflicts({ 'a.txt': roundup, ...other }), []);
    // one story, of Harasta (its count of two taken out: the other article's would restate it)
    const harasta = roundup.replace('killing two persons and ', '').replace(' in Douma At least four citizens were killed in a rocket attack on Douma', '');
    assert.deepEqual(conflicts({ 'a.txt': harasta, ...other }), [
      'a.txt:4 <> b.txt:two',
      'b.txt:two <> a.txt:4',
    ]);
  });

  it('sets no deaths of hunger or illness against an attack\'s toll', () => {
    const text = 'Wed 5 Mar 2014\nA truck bomb killed at least five people in Hama, the Observatory said. In Hama two people died from lack of food and medical care, activists said.';
    assert.deepEqual(conflicts({ 'a.txt': text }), []);
    const measures = summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.map((f) => f.measure);
    assert.deepEqual(measures, ['killed:people', 'starved:people']);
    assert.deepEqual(conflicts({ 'a.txt': text.replace('died from lack of food and medical care', 'died in the blast') }), ['a.txt:at least five <> a.txt:two', 'a.txt:two <> a.txt:at least five']);
  });

  it('sets no count of a separate incident against its article\'s others', () => {
    const text =
      'Wed Sep 7 2016\nThe Turkish military said four of its soldiers were killed in an attack in northern Syria. Separately two militants were killed in clashes in the same region, the army statement added.';
    assert.deepEqual(conflicts({ 'a.txt': text }), []);
    assert.deepEqual(conflicts({ 'a.txt': text.replace('Separately two', 'Two') }), ['a.txt:Two <> a.txt:four', 'a.txt:four <> a.txt:Two']);
    // an incident the attack came a day after
    const after = 'Sun Apr 24 2016\nMilitant attacks killed 11 civilians in Aleppo, SANA said. The attacks came one day after militants shelled Aleppo leading to four deaths, the Observatory said.';
    assert.deepEqual(conflicts({ 'a.txt': after }), []);
    assert.deepEqual(conflicts({ 'a.txt': after.replace('The attacks came one day after militants shelled', 'Militants shelled') }), ['a.txt:11 <> a.txt:four', 'a.txt:four <> a.txt:11']);
    // an earlier incident, but not an earlier report of this one
    const earlier = 'Tue 3 May 2016\nA missile attack on the Dabbit hospital in Aleppo killed more than 10 visitors, a source told RIA Novosti. ';
    assert.deepEqual(conflicts({ 'a.txt': `${earlier}Earlier in the day the Nusra Front launched 60 missiles on Aleppo killing nine people, Sputnik reported.` }), []);
    assert.deepEqual(conflicts({ 'a.txt': `${earlier}Earlier Sputnik reported that the missiles on the hospital had killed nine people.` }), [
      'a.txt:more than 10 <> a.txt:nine',
      'a.txt:nine <> a.txt:more than 10',
    ]);
    // an earlier day opens another incident too, unless it tells an earlier report
    const strikes = 'Sun Oct 9 2016\nThe Civil Defense said 21 people were killed in the strikes on Maaret al-Numan. ';
    for (const opener of ['A day earlier', 'The day before', 'Two days ago', 'Hours earlier']) {
      assert.deepEqual(conflicts({ 'a.txt': `${strikes}${opener}, an airstrike on a market in the town killed 12 people, the Observatory said.` }), [], opener);
    }
    assert.deepEqual(conflicts({ 'a.txt': `${strikes}An airstrike on a market in the town killed 12 people, the Observatory said.` }), ['a.txt:12 <> a.txt:21', 'a.txt:21 <> a.txt:12']);
    assert.deepEqual(conflicts({ 'a.txt': `${strikes}A day earlier the Observatory said the strikes had killed 12 people.` }), ['a.txt:12 <> a.txt:21', 'a.txt:21 <> a.txt:12']);
  });

  it('takes a hospital hit for a kind of incident, not one the hurt were taken to nor an attack recalled', () => {
    const events = (text: string): string[] => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.flatMap((f) => [...f.events]);
    assert.deepEqual(events('Air strikes on a hospital in Meles killed 10 people, the Observatory said.'), ['hospital']);
    assert.deepEqual(events('It said 31 people hurt in the attack were being treated in Turkish hospitals.'), []);
    assert.deepEqual(events('Three of the 12 wounded died in hospital, activists said.'), []);
    // an earlier attack the sentence recalls is not its incident's kind
    assert.deepEqual(events('Just days after a deadly chemical attack a woman was killed and 25 others on a bus were wounded near Homs.'), []);
    assert.deepEqual(events('A deadly chemical attack killed a woman and wounded 25 others near Homs.'), ['chemical']);
  });

  it('sets no count at one of several hospitals or in one video against a toll', () => {
    const toll = { 'a.txt': 'August 21 2013\nActivists said the gas attack on Zamalka killed 35 people.' };
    const seen = [
      'August 21 2013\nActivists reported 30 bodies had been brought to one field hospital in Zamalka.',
      'August 21 2013\nOne video from Zamalka showed the bodies of a dozen people lying on the floor of a clinic.',
    ];
    for (const text of seen) assert.deepEqual(conflicts({ ...toll, 'b.txt': text }), []);
    for (const text of seen) assert.deepEqual(conflicts({ ...toll, 'b.txt': text.replace(/30|a dozen/, '40') }), []);
    // the hospital's count, with no "one", is a toll like any (its bodies at least)
    assert.deepEqual(conflicts({ ...toll, 'b.txt': seen[0].replace('one field hospital', 'the field hospital').replace('30', '40') }), [
      'a.txt:35 <> b.txt:40',
      'b.txt:40 <> a.txt:35',
    ]);
  });

  it('reads a count of bodies as the dead found so far: the toll is at least that many', () => {
    const toll = { 'a.txt': 'April 29 2017\nAir strikes killed six civilians in Kafr Nabl, the Observatory said.' };
    const found = [
      'April 29 2017\nThe Civil Defence said five bodies were lifted from the rubble in Kafr Nabl.',
      'April 29 2017\nA photographer in Kafr Nabl saw the bodies of five civilians killed in air strikes.',
    ];
    for (const text of found) assert.deepEqual(conflicts({ ...toll, 'b.txt': text }), []);
    // more bodies than the toll, or a toll of five, disagree
    for (const text of found) {
      assert.deepEqual(conflicts({ ...toll, 'b.txt': text.replace('five', 'nine') }), ['a.txt:six <> b.txt:nine', 'b.txt:nine <> a.txt:six']);
      assert.deepEqual(conflicts({ ...toll, 'b.txt': text.replace('five bodies were lifted from the rubble', 'five people were killed').replace('saw the bodies of', 'said air strikes killed').replace(' killed in air strikes', '') }), ['a.txt:six <> b.txt:five', 'b.txt:five <> a.txt:six']);
    }
  });

  it('reads the hurt treated in another country as a part of all the hurt: the toll is at least that many', () => {
    const toll = { 'a.txt': 'January 7 2017\nA car bomb exploded outside a courthouse in Azaz on Saturday. More than 50 people were wounded, the Observatory said.' };
    const treated = 'January 9 2017\nTurkish hospitals are treating 24 people wounded in the car bombing in Azaz, the Kilis governor said.';
    assert.deepEqual(conflicts({ ...toll, 'b.txt': treated }), []);
    assert.deepEqual(conflicts({ ...toll, 'b.txt': 'January 9 2017\nThe Kilis governor said 24 people were wounded in the car bombing in Azaz.' }), [
      'a.txt:More than 50 <> b.txt:24',
      'b.txt:24 <> a.txt:More than 50',
    ]);
    // more treated abroad than the toll: they disagree
    assert.deepEqual(conflicts({ 'b.txt': treated.replace('24', '70'), 'a.txt': toll['a.txt'].replace('More than 50', 'About 30') }), [
      'a.txt:About 30 <> b.txt:70',
      'b.txt:70 <> a.txt:About 30',
    ]);
  });

  it("counts an armed group's members as fighters, though no word of their class follows the count", () => {
    const text =
      'July 31 2015\nThe Nusra Front launched an offensive on Friday leaving at least 11 dead. The assault killed five of the Nusra Front and allied militants as well as six militants who were defending the base, the Observatory said.';
    assert.deepEqual(conflicts({ 'a.txt': text }), []);
    assert.deepEqual(
      summarize({ uri: 'x', version: 1, text }, Knowledge.default()).figures.map((f) => [f.text, f.measure]),
      [
        ['at least 11', 'killed:people'],
        ['five', 'killed:fighters'],
        ['six', 'killed:fighters'],
      ],
    );
  });

  it('reads no count in whose kin or homes a sentence tells of', () => {
    const executed = { 'a.txt': 'Sat 21 Feb 2015\nGovernment forces executed 13 rebel fighters in Rityan, the Observatory said.' };
    const kin = 'Sat 21 Feb 2015\nThe wives of the five alleged rebel fighters were also killed in Rityan, activists said.';
    assert.deepEqual(conflicts({ ...executed, 'b.txt': kin }), []);
    assert.deepEqual(conflicts({ ...executed, 'b.txt': kin.replace('The wives of the', 'The') }), ['a.txt:13 <> b.txt:five', 'b.txt:five <> a.txt:13']);
  });

  it('sets no count against a total that includes it, in one article or across two', () => {
    const monitor = 'On Sunday a monitor said at least 82 people including 58 civilians were killed in air strikes on Khan Sheikhoun.';
    const unicef = 'June 27 2016\nAir strikes killed 58 civilians in Khan Sheikhoun on Sunday, UNICEF said.';
    assert.deepEqual(conflicts({ 'a.txt': `${unicef} ${monitor}` }), []);
    assert.deepEqual(conflicts({ 'a.txt': unicef, 'b.txt': `June 27 2016\n${monitor}` }), []);
    // a count that is not the part disagrees with the total and with the part
    assert.deepEqual(conflicts({ 'a.txt': unicef.replace('58', '60'), 'b.txt': `June 27 2016\n${monitor}` }), [
      'a.txt:60 <> b.txt:at least 82,b.txt:58',
      'b.txt:58 <> a.txt:60',
      'b.txt:at least 82 <> a.txt:60',
    ]);
  });

  it('sets no toll of one day against another day\'s in an article', () => {
    const text = 'Fri 29 Apr 2016\nYesterday 18 civilians were killed in Aleppo city, the Observatory said. On Wednesday 10 civilians were killed in Aleppo city, SANA said.';
    assert.deepEqual(conflicts({ 'a.txt': text }), []);
    // the same day, two sources: a disagreement
    assert.deepEqual(conflicts({ 'a.txt': text.replace('Yesterday', 'On Wednesday') }), ['a.txt:10 <> a.txt:18', 'a.txt:18 <> a.txt:10']);
    // a sentence that names no day goes on with the day named last before it
    const salah =
      'Wed 17 Aug 2016\nSeven civilians were killed on Wednesday as terrorists shelled Salah Eddin neighborhood in Aleppo city. SANA reported that nine others were also injured in the attack. The Observatory said 12 people were injured on Tuesday in Salah Eddin neighborhood.';
    assert.deepEqual(conflicts({ 'a.txt': salah }), []);
    assert.deepEqual(conflicts({ 'a.txt': salah.replace(' on Tuesday', '') }), ['a.txt:12 <> a.txt:nine', 'a.txt:nine <> a.txt:12']);
  });

  it('sets no toll of one named day against another named day\'s across articles', () => {
    const tuesday = { 'a.txt': 'Tue 19 Jul 2016\nAir strikes killed 56 civilians in Manbij on Tuesday, the Observatory said.' };
    const monday = 'Wed 20 Jul 2016\nAir strikes killed 21 civilians in Manbij on Monday, the monitor said.';
    assert.deepEqual(conflicts({ ...tuesday, 'b.txt': monday }), []);
    // the same named day, or a day the sentence does not name, is the same incident
    const pair = ['a.txt:56 <> b.txt:21', 'b.txt:21 <> a.txt:56'];
    assert.deepEqual(conflicts({ ...tuesday, 'b.txt': monday.replace('Monday', 'Tuesday') }), pair);
    assert.deepEqual(conflicts({ ...tuesday, 'b.txt': monday.replace(' on Monday', '') }), pair);
    // a sentence that names no day goes on with the day its article named before it
    const quoted = 'Tue 19 Jul 2016\nAir strikes killed two families in Manbij on Tuesday, the Observatory said. "There are 56 dead in Manbij" said its director.';
    assert.deepEqual(conflicts({ 'a.txt': quoted, 'b.txt': monday }), []);
    assert.deepEqual(conflicts({ 'a.txt': quoted.replace(' on Tuesday', ''), 'b.txt': monday }), pair);
    // the day a toll rose on is the new count's, not another incident's
    const rose = 'Wed 05 Apr 2017\nThe death toll from the chemical attack on Khan Sheikhoun rose to 72 on Wednesday, the Observatory said.';
    const tuesdays = { 'b.txt': 'Thu 06 Apr 2017\nAt least 86 people were killed in the gas attack on Khan Sheikhoun on Tuesday, activists said.' };
    const rival = ['a.txt:72 <> b.txt:At least 86', 'b.txt:At least 86 <> a.txt:72'];
    assert.deepEqual(conflicts({ 'a.txt': rose, ...tuesdays }), rival);
    assert.deepEqual(conflicts({ 'a.txt': rose.replace('rose to 72 on Wednesday', 'rose on Wednesday to 72'), ...tuesdays }), rival);
    assert.deepEqual(conflicts({ 'a.txt': rose.replace('The death toll from the chemical attack', 'The chemical attack').replace('rose to 72', 'killed 72'), ...tuesdays }), []);
  });

  it('sets no toll of a named day against an article published before that day', () => {
    const early = { 'a.txt': 'Wed 05 Apr 2017\nThe attack on Khan Sheikhoun killed at least 58 people, the Observatory said.' };
    const later = 'Sun 09 Apr 2017\nThe Civil Defence said two air raids on Khan Sheikhoun on Saturday killed 19 people.';
    assert.deepEqual(conflicts({ ...early, 'b.txt': later }), []);
    // a day on or before the other article's, or none: the same incident may be meant
    const pair = ['a.txt:at least 58 <> b.txt:19', 'b.txt:19 <> a.txt:at least 58'];
    assert.deepEqual(conflicts({ ...early, 'b.txt': later.replace('Sun 09 Apr', 'Thu 06 Apr').replace('Saturday', 'Tuesday') }), pair);
    assert.deepEqual(conflicts({ ...early, 'b.txt': later.replace('Sun 09 Apr', 'Thu 06 Apr').replace(' on Saturday', '') }), pair);
  });

  it('compares no toll of an incident its sentence places in an earlier month', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Sun 16 Apr 2017\nIn March two car bombs in Karam al-Luz claimed the lives of at least 40 people, state TV said.',
        'b.txt': 'Sat 15 Apr 2017\nA car bomb in Karam al-Luz killed 20 people on Saturday, state TV said.',
        'c.txt': 'Sun 16 Apr 2017\nA car bomb in Karam al-Luz in April killed 25 people, activists said.',
      }),
      ['b.txt:20 <> c.txt:25', 'c.txt:25 <> b.txt:20'],
    );
  });

  it('compares no toll its sentence says was replaced', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Sat 08 Apr 2017\nThe Observatory updated its earlier death toll of 15 for the air strike on Urum al-Joz, saying 18 people had died.',
        'b.txt': 'Sun 09 Apr 2017\nThe air strike on Urum al-Joz killed 19 people, activists said.',
      }),
      ['a.txt:18 <> b.txt:19', 'b.txt:19 <> a.txt:18'],
    );
    // a toll reported earlier in the same article, since replaced
    assert.deepEqual(
      conflicts({
        'c.txt':
          'Sat 30 Sep 2017\nAt least 28 civilians were killed in air strikes on the town of Armanaz, the Observatory said. The watchdog had earlier reported 12 dead in the strikes on Armanaz. It had initially given a death toll of 22.',
      }),
      [],
    );
    // ... or by another article, the toll that went before it named as such
    const rises = 'Sat 15 Apr 2017\nThe death toll in the blast targeting the convoy of evacuees from al-Fuaa has risen to 70, a source said. ';
    const other = { 'b.txt': 'Sun 16 Apr 2017\nA blast hit the convoy of evacuees from al-Fuaa killing 45 people, SANA said.' };
    assert.deepEqual(conflicts({ 'a.txt': `${rises}The previous death toll stood at 20.`, ...other }), ['a.txt:70 <> b.txt:45', 'b.txt:45 <> a.txt:70']);
    assert.deepEqual(conflicts({ 'a.txt': `${rises}The previous death toll was 20.`, ...other }), ['a.txt:70 <> b.txt:45', 'b.txt:45 <> a.txt:70']);
    assert.deepEqual(conflicts({ 'a.txt': `${rises}The death toll was 20.`, ...other }), [
      'a.txt:20 <> a.txt:70,b.txt:45',
      'a.txt:70 <> a.txt:20,b.txt:45',
      'b.txt:45 <> a.txt:70,a.txt:20',
    ]);
  });

  it('understands an explicit update of a toll, and reports a few days apart', () => {
    assert.deepEqual(
      conflicts({
        'a.txt': 'Tue 04 Apr 2017\nThe chemical attack in Khan Sheikhoun killed 58 people, the Observatory said.',
        'b.txt': 'Wed 05 Apr 2017\nThe death toll from the chemical attack in Khan Sheikhoun has risen to 86, the Observatory said.',
        'c.txt': 'Sat 20 May 2017\nA chemical attack in Khan Sheikhoun killed 12 people, activists said.',
      }),
      [],
    );
  });

  it('lists the other mentions of a quantity and every figure stated about a place, for hovers', () => {
    const { linter, texts } = lintFixtures({
      'a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists. Separately, 45 people were killed in Aleppo.',
      'b.txt': '19 June 2017\nMonitoring groups say 2,500 ISIS fighters are holed up in Raqqa.',
      'c.txt': 'Mon 10 Apr 2017\nAir strikes killed 12 people in Raqqa, the Observatory said.',
    });
    const at = (uri: string, needle: string): number => {
      const text = texts.get(uri) as string;
      return linter.summary(uri)?.figures.findIndex((f) => text.slice(f.start, f.end) === needle) ?? -1;
    };
    const shown = (list: { uri: string; figure: { start: number; end: number }; conflicting: boolean }[]): string[] =>
      list.map((r) => `${r.uri}:${(texts.get(r.uri) as string).slice(r.figure.start, r.figure.end)}${r.conflicting ? ' (conflicts)' : ''}`).sort();
    // a force's strength is one quantity wherever the place is named (the hover agrees with the finding)
    assert.deepEqual(shown(linter.figures.sameQuantity('b.txt', at('b.txt', '2,500'))), ['a.txt:3,000 to 4,000 (conflicts)']);
    assert.deepEqual(shown(linter.figures.sameQuantity('c.txt', at('c.txt', '12'))), []);
    assert.deepEqual(shown(linter.figures.figuresAbout('raqqa')), ['a.txt:3,000 to 4,000 (conflicts)', 'b.txt:2,500 (conflicts)', 'c.txt:12']);
  });

  it('names a figure stated in many articles once, with its first articles, in the message', () => {
    const story = 'Monitoring groups say 2,500 ISIS fighters are holed up in Raqqa.';
    const docs: Record<string, string> = { 'a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists.' };
    for (const name of ['b', 'c', 'd', 'e', 'f']) docs[`${name}.txt`] = story;
    docs['g.txt'] = '19 June 2017\nAbout 1,500 ISIS fighters are holed up in Raqqa, activists said.';
    const finding = firstConflict(docs, 'a.txt');
    assert.equal(
      finding?.message,
      '3,000-4,000 fighters (force size) in Raqqa, in an article dated 2017-06-18, conflicts with 2,500 fighters (force size) stated in b.txt (undated), c.txt (undated), d.txt (undated) and 2 more; about 1,500 fighters (force size) stated in g.txt (2017-06-19).',
    );
    assert.equal(finding?.related?.length, 6);
  });

  it('names an article that states the other figure twice once, with the day its body names', () => {
    const docs = {
      'a.txt': 'January 8 2017\nCar bomb kills 60 in Azaz\nA car bomb killed 60 people in the town of Azaz on Saturday, a civil defence official said.',
      'b.txt': 'January 9 2017\nThe car bombing in Azaz killed 48 people, according to local officials.',
    };
    const finding = firstConflict(docs, 'b.txt');
    assert.equal(finding?.message, '48 people killed in Azaz, in an article dated 2017-01-09, conflicts with 60 people killed stated in a.txt (2017-01-08; on 2017-01-07).');
    assert.equal(finding?.related?.length, 2);
  });

  it('names an article that states the other figure in its headline and with a qualifier in its body once, by the fuller', () => {
    const docs = {
      'a.txt': 'March 12 2017\nIdlib market strike toll at 30\nAt least 30 civilians were killed when warplanes struck a market in Maarat al-Numan on Sunday, local rescue workers said.',
      'b.txt': 'March 12 2017\nAir strikes on a market in Maarat al-Numan killed 25 people on Sunday, the Syrian Observatory for Human Rights said.',
    };
    const finding = firstConflict(docs, 'b.txt');
    assert.equal(finding?.message, '25 people killed in Maarat al-Numan, in an article dated 2017-03-12, conflicts with at least 30 people killed stated in a.txt (2017-03-12).');
    assert.equal(finding?.related?.length, 2);
    // two numbers of one article are two
    const two = firstConflict({ ...docs, 'a.txt': 'March 12 2017\nIdlib market strike toll at 30\nAt least 40 civilians were killed when warplanes struck a market in Maarat al-Numan on Sunday, local rescue workers said.' }, 'b.txt');
    assert.match(two?.message ?? '', /conflicts with 30 people killed stated in a\.txt \(2017-03-12\); at least 40 people killed stated in a\.txt/);
  });

  it('writes millions as news copy does in its messages', () => {
    const docs = {
      'a.txt': 'March 12 2018\nThe UN says around 323,000 people live in the Afrin district.',
      'b.txt': 'March 12 2018\nNearly 1.1 million people live in the Afrin region according to Kurdish officials.',
    };
    const finding = firstConflict(docs, 'b.txt');
    assert.equal(finding?.message, 'about 1.1 million people (population) in Afrin, in an article dated 2018-03-12, conflicts with about 323,000 people (population) stated in a.txt (2018-03-12).');
  });

  it('names the other articles by their file names, decoded', () => {
    const docs = {
      'file:///news/a.txt': '18 June 2017\nThe coalition estimates that Raqqa is defended by 3,000 to 4,000 jihadists.',
      'file:///news/Raqqa%20wire%20%2325.txt': 'Monitoring groups say 2,500 ISIS fighters are holed up in Raqqa.',
    };
    const finding = firstConflict(docs, 'file:///news/a.txt');
    assert.match(finding?.message ?? '', / stated in Raqqa wire #25\.txt \(undated\)\.$/);
  });
});
