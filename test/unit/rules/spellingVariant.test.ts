import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../../server/src/core/config/config';
import { CorpusLinter } from '../../../server/src/core/linter';
import { presentMessage } from '../../../server/src/core/present';
import { defaultSeverities } from '../../../server/src/core/rules';
import { actual, expectMarked, lintFixtures } from '../../support/fixture';
import { DEV_CORPUS } from '../../support/paths';

const RULE = ['spelling-variant'] as const;

describe('spelling-variant', () => {
  it('flags a transliteration of a curated place across articles, with the canonical as fix', () => {
    expectMarked(
      {
        'a.txt': `
Raqqa fell to the SDF in October. Raqqa was the capital of the caliphate.`,
        'b.txt': `
Fighting continued in Raqqah on Monday.
                      ^^^^^^ spelling-variant -> Raqqa`,
      },
      RULE,
    );
  });

  it("knows the districts of Aleppo that the state agency's roundups name: the curated spelling is canonical, not the majority", () => {
    expectMarked(
      {
        'a.txt': 'Rocket shells hit al-Jamiliyeh and Qaterji neighborhoods in Aleppo city.',
        'b.txt': `
Terrorists fired shells on al-Jamilyeh and Qatrji in Aleppo.
                           ^^^^^^^^^^^ spelling-variant -> al-Jamiliyeh
                                           ^^^^^^ spelling-variant -> Qaterji`,
        'c.txt': `
A woman was injured in al-Jamilyeh and in Qatrji on Monday.
                       ^^^^^^^^^^^ spelling-variant -> al-Jamiliyeh
                                          ^^^^^^ spelling-variant -> Qaterji`,
      },
      RULE,
    );
  });

  it('ties the Deir ez-Zor spellings together, the known and the unknown ones', () => {
    expectMarked(
      {
        'a.txt': 'Troops advanced in Deir Ezzor province. Deir Ezzor city was besieged.',
        'b.txt': `
Jets struck Deir al-Zor and Deior Ezour overnight.
            ^^^^^^^^^^^ spelling-variant -> Deir Ezzor
                            ^^^^^^^^^^^ spelling-variant -> Deir Ezzor`,
      },
      RULE,
    );
  });

  it('tells the town written with its article from the channel of the same name', () => {
    expectMarked(
      {
        'a.txt': 'Troops advanced towards Mayadeen. Mayadeen lies on the Euphrates. Jets struck Mayadeen again.',
        'b.txt': `
Civilians fled the village of Mahkan south of Al Mayadeen on Monday.
                                              ^^^^^^^^^^^ spelling-variant -> Mayadeen
Al Mayadeen TV reported the advance. In separate comments to Al Mayadeen he said the war would go on.`,
      },
      RULE,
    );
  });

  it('links spellings the curated list does not hold to their curated entity', () => {
    // none of these spellings is in entities.json: discovery folds them onto a curated name
    expectMarked(
      {
        'a.txt': 'Deir Ezzor and Raqqa were shelled. Idlib and Qamishli were quiet. Hezbollah backed Bashar al-Assad.',
        'b.txt': 'Deir Ezzor was besieged while Raqqa fell. Idlib, Qamishli and Hezbollah. Bashar al-Assad spoke.',
        'c.txt': `
Jets struck Dair al-Zour and ar-Raqqah. Rebels in Edlib and Qamishly met Hezbullah envoys of Bashar al-Asaad.
            ^^^^^^^^^^^^ spelling-variant -> Deir Ezzor
                             ^^^^^^^^^ spelling-variant -> Raqqa
                                                  ^^^^^ spelling-variant -> Idlib
                                                            ^^^^^^^^ spelling-variant -> Qamishli
                                                                         ^^^^^^^^^ spelling-variant -> Hezbollah
                                                                                             ^^^^^^^^^^^^^^^ spelling-variant -> Bashar al-Assad`,
      },
      RULE,
    );
  });

  it('flags hyphen, space and case forms as orthographic variants', () => {
    const { linter } = expectMarked(
      {
        'a.txt': 'President Bashar al-Assad spoke. Bashar al-Assad then left. The Syrian Democratic Forces advanced.',
        'b.txt': `
Forces loyal to Bashar al Assad retreated before the Syrian democratic forces.
                ^^^^^^^^^^^^^^^ spelling-variant -> Bashar al-Assad
                                                     ^^^^^^^^^^^^^^^^^^^^^^^^ spelling-variant -> Syrian Democratic Forces`,
      },
      RULE,
    );
    const finding = linter.findings('b.txt').find((f) => f.ruleId === 'spelling-variant');
    assert.equal(finding?.data?.kind === 'variant' && finding.data.relation, 'orthographic');
  });

  it('never merges look-alike entities', () => {
    expectMarked(
      {
        'a.txt': 'Iran and Iraq sent envoys. Hama and Homs were shelled. Daraa and Daraya were quiet. Syria and the Syrian army.',
        'b.txt': 'Kurds and Kurdish fighters met Russia and Russian officers. Iraqi troops crossed from Iraq into Syria.',
      },
      RULE,
    );
  });

  it('discovers variants of names the curated list does not know, majority spelling as canonical', () => {
    expectMarked(
      {
        'a.txt': 'Shells hit the village of Tal Khanzir on Monday. Residents fled Tal Khanzir.',
        'b.txt': 'Residents returned to Tal Khanzir on Friday.',
        'c.txt': `
Clashes erupted near Tal Khanzeer overnight.
                     ^^^^^^^^^^^^ spelling-variant -> Tal Khanzir`,
      },
      RULE,
    );
  });

  it('discovers the article forms of an unknown name with one consonant, and its doubled letters', () => {
    expectMarked(
      {
        'a.txt': 'The shells hit Al-Suaa on Monday. Residents fled Al-Suaa. The village of Hazza was quiet.',
        'b.txt': 'Troops entered Al-Suaa and Hazza on Friday.',
        'c.txt': `
Jets struck al Suaa and Haza overnight.
            ^^^^^^^ spelling-variant -> Al-Suaa
                        ^^^^ spelling-variant -> Hazza`,
      },
      RULE,
    );
  });

  it('keeps apart two places of one common name in different governorates, but not one name spaced two ways', () => {
    // al-Hamidiyeh in Damascus and al-Hamadiyeh in Hasakeh are two neighbourhoods; Tal Bajer and Tal-Bajer
    // are one town in two spacings, though the second sentence names a place in another governorate.
    expectMarked(
      {
        'a.txt': 'Shells hit the al-Hamidiyeh neighbourhood of Damascus on Monday. Residents of al-Hamidiyeh fled to Damascus.',
        'b.txt': 'A bomb hit the al-Hamadiyeh neighbourhood of Hasakeh. al-Hamadiyeh was shut by Hasakeh police.',
        'c.txt': 'Rebels held Tal Bajer in Idlib province. Tal Bajer was shelled from Idlib airport.',
        'd.txt': `
Jets struck Tal-Bajer and then Hama city.
            ^^^^^^^^^ spelling-variant -> Tal Bajer`,
      },
      RULE,
    );
  });

  it("finds the spellings of a group the list does not know, before its members or with its capitalised head", () => {
    // the group's name before "fighters" is material for discovery; Shaam News Network is a name
    // of its own, not a spelling of al-Sham
    expectMarked(
      {
        'a.txt': 'Liwa Suqour fighters held the hill. The Liwa Suqour fighters were shelled. The Shaam News Network said so.',
        'b.txt': `
Liwa Suqur fighters took the village of al-Sham on Monday.
^^^^^^^^^^ spelling-variant -> Liwa Suqour`,
      },
      RULE,
    );
  });

  it('discovers a brand written in camelCase and as one word, though its first part is a common word', () => {
    expectMarked(
      {
        'a.txt': 'The audio was posted on Soundcloud on Monday. A second clip went up on Soundcloud later.',
        'b.txt': `
The recording was shared on SoundCloud by activists.
                            ^^^^^^^^^^ spelling-variant -> Soundcloud`,
      },
      RULE,
    );
  });

  it('discovers a place headed by Tel, an English word too, and leaves the verb alone', () => {
    expectMarked(
      {
        'a.txt': 'Kurdish forces advanced near Tal Hamis on Sunday. Fighting went on around Tal Hamis.',
        'b.txt': `
Jihadists attacked Tel Hamis on Monday. Tell Rami to call.
                   ^^^^^^^^^ spelling-variant -> Tal Hamis`,
      },
      RULE,
    );
    // ... and before the title that heads places' names too
    expectMarked(
      {
        'a.txt': 'The army captured the village of Tal Sheikh Youssef. Rebels shelled Tal Sheikh Youssef.',
        'b.txt': `
Rebels said they retook Tel Sheikh Yusuf on Wednesday.
                        ^^^^^^^^^^^^^^^^ spelling-variant -> Tal Sheikh Youssef`,
      },
      RULE,
    );
  });

  it('tells a discovered person, organisation or place by how its spellings read, and leaves other names unsaid', () => {
    // Tal Khanzir is a place in two of its three occurrences (the village of, near); nothing
    // around Harbnoush says what it is
    const { linter } = lintFixtures({
      'a.txt': 'The Qasioun News Agency said so. The Qasioun News Agency reported it. Colonel Karim Haddour spoke. Commander Karim Haddour said so. Shells hit the village of Tal Khanzir. Residents fled Tal Khanzir. Harbnoush welcomed the deal. Harbnoush rejoiced.',
      'b.txt': 'The Qasiun News Agency said so. Commander Karim al-Haddour said so. Clashes erupted near Tal Khanzeer overnight. Harbanoush welcomed it.',
    });
    const kinds = new Map<string, string | undefined>();
    for (const f of linter.findings('b.txt')) {
      const data = f.data as { entityId?: string; surface?: string } | undefined;
      if (f.ruleId === 'spelling-variant' && data?.entityId && data.surface) kinds.set(data.surface, linter.entities.stateOfScope(data.entityId)?.kind);
    }
    assert.deepEqual(Object.fromEntries(kinds), { 'Qasiun News Agency': 'organisation', 'Karim al-Haddour': 'person', 'Tal Khanzeer': 'place', Harbanoush: undefined });
  });

  it('does not flag part of a longer name as a variant of a short one', () => {
    expectMarked(
      {
        'a.txt': 'The shells hit Al-Qasr on Monday. Residents fled Al-Qasr. Families returned to Al-Qasr.',
        'b.txt': `
Rockets hit Qasr Nawfal, and families left al Qasr for Qasr al-Nabi.
                                           ^^^^^^^ spelling-variant -> Al-Qasr`,
      },
      RULE,
    );
  });

  it("merges a person's full name written with and without its article, never two look-alike names", () => {
    expectMarked(
      {
        'a.txt': 'The talks were led by colonel Karim Haddour. Colonel Karim Haddour said so. The envoy Samir Othman agreed.',
        'b.txt': `
The talks were led by colonel Karim al-Haddour. The envoy Samir Athman agreed.
                              ^^^^^^^^^^^^^^^^ spelling-variant -> Karim Haddour`,
        'c.txt': 'The envoy Samir Othman and the envoy Samir Athman met.',
      },
      RULE,
    );
  });

  it("merges a long full name one cheap vowel apart (Malahifji, Malahefji), never a short one", () => {
    expectMarked(
      {
        'a.txt': 'Rebel official Zakaria Malahifji said the talks failed. Zakaria Malahifji spoke in Gaziantep.',
        'b.txt': `
The rebel official Zakaria Malahefji said the rebels would fight on.
                   ^^^^^^^^^^^^^^^^^ spelling-variant -> Zakaria Malahifji`,
        'c.txt': 'The commander Khaled Omar met the commander Khaled Amer. Khaled Omar said so.',
      },
      RULE,
    );
  });

  it('merges the spellings of Abdel in a full name (Abdul, Abd al-, glued, assimilated)', () => {
    expectMarked(
      {
        'a.txt': 'The talks were led by colonel Khaled Abdel Karim. Colonel Khaled Abdel Karim said so.',
        'b.txt': `
The talks were led by colonel Khaled Abdulkarim, and Khaled Abd al-Karim agreed.
                              ^^^^^^^^^^^^^^^^^ spelling-variant -> Khaled Abdel Karim
                                                     ^^^^^^^^^^^^^^^^^^^ spelling-variant -> Khaled Abdel Karim`,
      },
      RULE,
    );
  });

  it("reads a spelling as a person's name by most of its occurrences, whichever article comes first", () => {
    const docs: Record<string, string> = {
      'a.txt': 'The talks were led by colonel Zorab Kalinsky.',
      'b.txt': 'The deal was made by Zorab Kalinsky. Rebels said Zorab Kalinsky left.',
      'c.txt': `
Rebels met Zorab Kalinski there.
           ^^^^^^^^^^^^^^ spelling-variant -> Zorab Kalinsky`,
    };
    expectMarked(docs, RULE);
    const reversed = Object.fromEntries(Object.entries(docs).reverse());
    const found = (files: Record<string, string>): string[] => {
      const { linter } = lintFixtures(files);
      return [...linter.allFindings().values()].flat().filter((f) => f.ruleId === 'spelling-variant').map((f) => `${f.uri} ${f.start} ${f.message}`).sort();
    };
    assert.deepEqual(found(reversed), found(docs));
  });

  it('offers no fix that writes the text again, over 150 real articles', () => {
    const dir = join(DEV_CORPUS, 'articles');
    const linter = new CorpusLinter();
    const texts = new Map<string, string>();
    for (const f of readdirSync(dir).sort().slice(0, 150)) {
      const text = readFileSync(join(dir, f), 'utf8');
      texts.set(f, text);
      linter.set({ uri: f, version: 0, text });
    }
    let fixes = 0;
    for (const [uri, findings] of linter.allFindings()) {
      const text = texts.get(uri) as string;
      for (const f of findings) {
        for (const fix of f.fixes ?? []) {
          fixes++;
          const same = fix.edits.every((e) => text.slice(e.start, e.end) === e.newText);
          assert.ok(!same, `${uri}: ${f.message}`);
        }
      }
    }
    assert.ok(fixes > 100, `${fixes} fixes checked`);
  });

  it('never takes a spelling with a slip in it for the canonical one, nor flags only a capital', () => {
    expectMarked(
      {
        'a.txt': `
The shells hit al- Suwaiqa on Monday.
               ^^^^^^^^^^^ spelling-variant -> al-Suwaiqa`,
        'b.txt': 'The shells hit al-Suwaiqa on Friday.',
        // "Al-Rumman was quiet" is counted as al-Rumman, and its fix would write Al-Rumman again
        'c.txt': `
Troops took Al-Rumman. They held Al-Rumman. Al-Rumman was quiet. Rebels left al Rumman.
                                                                             ^^^^^^^^^ spelling-variant -> Al-Rumman`,
      },
      RULE,
    );
  });

  it('understands apostrophe-less possessives and all-caps datelines', () => {
    expectMarked(
      {
        'a.txt': 'BEIRUT (Reuters) - Raqqas defenders held out. Raqqa fell later.',
        'b.txt': 'Beirut said Raqqa was taken. Hamas role is Hama\'s role.',
      },
      RULE,
    );
  });

  it("takes an unknown name's apostrophe-less possessive for the name when another article writes it, and follows that article", () => {
    const docs = {
      'a.txt': 'Jets struck al-Suwaiqa on Monday. Residents fled al-Suwaiqa.',
      'b.txt': 'Rebels said al-Suwaiqas defenders held out. Troops shelled al-Suwaiqas hills.',
      'c.txt': 'The fall of Al Suwaiqas defences was quick.',
    };
    const { linter } = expectMarked(docs, RULE);
    const flagged = (): string[] => (linter.findings('c.txt') ?? []).filter((f) => f.ruleId === 'spelling-variant').map((f) => f.fixes?.[0]?.edits[0]?.newText ?? '');
    // without the name itself, the two spellings ending in s are a name of their own
    assert.ok(linter.remove('a.txt').has('c.txt'));
    assert.deepEqual(flagged(), ['al-Suwaiqas']);
    assert.ok(linter.set({ uri: 'a.txt', version: 2, text: docs['a.txt'] }).has('c.txt'));
    assert.deepEqual(flagged(), []);
  });

  it('reports nothing when the corpus uses one spelling', () => {
    expectMarked({ 'a.txt': 'Idlib was shelled.', 'b.txt': 'In Idlib province, Idlib city was hit.' }, RULE);
  });

  it('does not flag a surname written with or without its article', () => {
    expectMarked({ 'a.txt': 'Assad said so. Al-Assad forces advanced.', 'b.txt': 'President al-Assad denied it.' }, RULE);
    expectMarked(
      {
        'a.txt': 'Homs governor Talal Barazi spoke. Barazi told reporters the buses left. Residents thanked Barazi.',
        'b.txt': 'The deal was signed by Al-Barazi on Monday, and Barazi said it held.',
      },
      RULE,
    );
  });

  it('does not flag a surname the list does not know written with or without its article, unless it names a place', () => {
    // (a surname: the corpus writes it after a given name, and seldom as a place)
    expectMarked(
      {
        'a.txt': 'Provincial governor Khaled Zoubiri spoke. Zoubiri told reporters the buses left. Residents thanked Zoubiri.',
        'b.txt': 'The deal was signed by Al-Zoubiri on Monday, and Zoubiri said it held.',
      },
      RULE,
    );
    // (a place that a man's name also ends in)
    expectMarked(
      {
        'a.txt': 'Shells hit the village of al-Rubaiya on Monday. Residents fled al-Rubaiya. Fadi al-Rubaiya said so.',
        'b.txt': 'Troops entered al-Rubaiya on Friday.',
        'c.txt': `
Jets struck Rubaiya overnight.
            ^^^^^^^ spelling-variant -> al-Rubaiya`,
      },
      RULE,
    );
  });

  it('keeps a capital letter at the start of a sentence, and names the mention as written', () => {
    expectMarked({ 'a.txt': 'Fighters entered al-Bab. Al-Bab fell on Thursday. They left al-Bab.' }, RULE);
    const { linter } = expectMarked(
      {
        'a.txt': `
Al Qaeda fighters attacked the town.
^^^^^^^^ spelling-variant -> Al-Qaeda`,
        'b.txt': 'The al-Qaeda affiliate said so. Fighters of al-Qaeda left.',
      },
      RULE,
    );
    // (its counted spelling is "al Qaeda": what the message and the fix's title show is the text's)
    const f = linter.findings('a.txt')[0];
    assert.equal(presentMessage(f), `"Al Qaeda" → "Al-Qaeda": ${f.message}`);
    assert.equal(f.fixes?.[0].title, 'Replace "Al Qaeda" with "Al-Qaeda"');
  });

  it('uses the configured preferred spelling, and skips accepted ones', () => {
    const config = defaultConfig(defaultSeverities());
    config.preferred = ['Deir ez-Zor'];
    config.accepted = ['Deir al-Zor'];
    const { linter, texts } = lintFixtures({ 'a.txt': 'Deir Ezzor was hit.', 'b.txt': 'Deir al-Zor and Deir Ezzour were hit.' }, new CorpusLinter({ config }));
    const found = actual(linter, texts, RULE).map((f) => `${f.text}->${f.fix}`);
    assert.deepEqual(found, ['Deir Ezzor->Deir ez-Zor', 'Deir Ezzour->Deir ez-Zor']);
  });

  it('links each variant to the canonical spelling elsewhere in the corpus', () => {
    const { linter } = lintFixtures({ 'a.txt': 'Raqqa fell. Raqqa burned.', 'b.txt': 'Raqqah fell.' });
    const finding = linter.findings('b.txt')[0];
    assert.equal(finding.ruleId, 'spelling-variant');
    assert.deepEqual(finding.related?.map((r) => [r.uri, r.start, r.end]), [['a.txt', 0, 5]]);
  });

  it('links the examples once per spelling in an article, its own article first', () => {
    // b writes the variant twice and the canonical once: the first hit links to b's Raqqa, then
    // the next articles on the ring; the second hit would repeat them, and does not
    const texts = { 'a.txt': 'Raqqa fell.', 'b.txt': 'Raqqah fell. Raqqa burned. Raqqah again.', 'c.txt': 'Raqqa is quiet.' };
    const { linter } = lintFixtures(texts);
    const hits = linter.findings('b.txt').filter((f) => f.ruleId === 'spelling-variant');
    assert.deepEqual(hits.map((f) => f.start), [0, 27]);
    assert.deepEqual(hits[0].related?.map((r) => [r.uri, r.start]), [['b.txt', 13], ['c.txt', 0], ['a.txt', 0]]);
    assert.deepEqual(hits[1].related, []);
    // dismissing the first hit passes the examples on to the second
    const dismissed = new Set([`b.txt|${hits[0].key}`]);
    const kept = lintFixtures(texts, new CorpusLinter({ dismissed })).linter.findings('b.txt').filter((f) => f.ruleId === 'spelling-variant');
    assert.deepEqual(kept.map((f) => f.start), [27]);
    assert.deepEqual(kept[0].related?.map((r) => [r.uri, r.start]), [['b.txt', 13], ['c.txt', 0], ['a.txt', 0]]);
  });

  it('follows the corpus as it changes: fixing the variant clears the finding', () => {
    const linter = new CorpusLinter();
    linter.set({ uri: 'a.txt', version: 1, text: 'Raqqa fell.' });
    linter.set({ uri: 'b.txt', version: 1, text: 'Raqqah fell.' });
    assert.equal(linter.findings('b.txt').length, 1);
    const affected = linter.set({ uri: 'b.txt', version: 2, text: 'Raqqa fell.' });
    assert.ok(affected.has('b.txt'));
    assert.equal(linter.findings('b.txt').length, 0);
  });
});
