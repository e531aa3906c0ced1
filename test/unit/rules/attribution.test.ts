import * as assert from 'node:assert/strict';
import { summarize } from '../../../server/src/core/analysis/summarize';
import { Knowledge } from '../../../server/src/core/knowledge/knowledge';
import { expectMarked } from '../../support/fixture';

function labels(text: string): string[] {
  return summarize({ uri: 'x', version: 1, text }, Knowledge.default()).sentences.map((s) => s.label);
}

describe('unattributed-claim', () => {
  it('flags a toll with no source and points the fix at the end of the sentence', () => {
    const { linter, texts } = expectMarked(
      {
        'a.txt': `
More than 200 civilians were killed in Raqqa on Monday.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim`,
      },
      ['unattributed-claim'],
    );
    const f = linter.findings('a.txt')[0];
    const edit = f.fixes?.[0].edits[0];
    assert.equal(f.fixes?.[0].snippet, true);
    assert.equal(edit?.start, (texts.get('a.txt') as string).length - 1, 'inserted before the final period');
    assert.equal(edit?.newText, ', according to ${1:source}');
  });

  it('accepts named sources in every position', () => {
    for (const text of [
      'At least 72 people were killed in Khan Sheikhoun, the Syrian Observatory for Human Rights said.',
      'The Observatory said at least 72 people were killed in Khan Sheikhoun.',
      'At least 72 people were killed, according to the Observatory.',
      'Rami Abdel Rahman told Reuters that 72 people were killed.',
      '"At least 72 people were killed," said Rami Abdel Rahman.',
      'The head of the Observatory was quoted as saying that 72 people died.',
      'The Observatory a British-based war monitor said warplanes struck a school in Haas, killing 22 people.',
      // a vague phrase before the verb is what was said when a name after it ends the sentence
      'The blast killed a nurse a hospital employee and two soldiers said Observatory director Abdel Rahman.',
      '11 people were killed including an officer who defected to join opposition forces said the Observatory.',
      // "per X" opening a clause, "as reported by X", "state" before a noun
      'Per the Observatory, 37 fighters were killed in the clashes.',
      'Shelling continued, per SANA, killing 12 people.',
      'As reported by the state news agency, 15 terrorists were killed in the operation.',
      'According to the state news agency, 15 terrorists were killed in the operation.',
      'Two pilots were killed, the Russian military was quoted as saying by local media.',
      'The ministry reiterated that 15 terrorists were killed in the operation.',
      // a manner adverb between the source and its verb
      'The Syrian Coalition strongly condemned the massacre committed by Russian warplanes in Kafr Nabl on Monday.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-named'], text);
    }
    assert.deepEqual(labels('The army fired 300 shells per day on the town.'), ['unattributed']);
    // executions are a toll
    const executed = summarize({ uri: 'x', version: 1, text: 'Daesh terrorists executed 15 civilians in al-Mayadeen city.' }, Knowledge.default()).sentences[0];
    assert.deepEqual([executed.label, executed.cue], ['unattributed', 'a casualty figure with no source']);
    assert.deepEqual(labels('As reported by activists, 20 people were killed.'), ['attributed-vague']);
  });

  it('is not fooled by headlines, background and absence statements', () => {
    assert.deepEqual(labels('Syrian army pushes into Raqqa\nThe monitor had no immediate toll.'), ['not-claim', 'not-claim']);
    assert.deepEqual(labels('Hasakeh city is the capital of the province of the same name.'), ['not-claim']);
    // analysis, though it counts years; a count of people in it is a claim
    assert.deepEqual(labels('If confirmed it would be one of the worst chemical attacks since the start of the civil war six years ago.'), ['not-claim']);
    assert.deepEqual(labels('If confirmed it would be the deadliest attack, with 80 people dead in the town.'), ['unattributed']);
    // background with a count of people is a claim; what is done as a rule is not an event
    assert.deepEqual(labels('Azaz has been under the control of the Free Syrian Army since 2012.'), ['not-claim']);
    assert.deepEqual(labels('Nearly 400000 people live in the enclave which has been under siege since 2013.'), ['unattributed']);
    assert.deepEqual(labels('Barrel bombs are crude weapons that are typically dropped from helicopters.'), ['not-claim']);
    assert.deepEqual(labels('Turkish authorities often use the word neutralized to imply the terrorists surrendered or were killed or captured.'), ['not-claim']);
    // enrolled with a body, not reported by it
    assert.deepEqual(labels('The Kingdom hosts around 1.3 million Syrians 650000 of whom are registered with the UN refugee agency.'), ['unattributed']);
    // reports that there were none
    assert.deepEqual(labels('There were no reports of air strikes in Daraa province since the truce took effect on Sunday.'), ['not-claim']);
  });

  it('takes a photo caption for no claim, and a past event beside a word like a headline verb for one', () => {
    assert.deepEqual(labels('A boy inspects a damaged site after shelling in the opposition-held town of Hass south of Idlib province Syria October 26 2016.'), ['not-claim']);
    assert.deepEqual(labels('The offensive that killed 40 fighters began in the countryside of Idlib province on October 26 2016.'), ['unattributed'], 'a date after a preposition ends no caption');
    assert.deepEqual(labels('A Syrian man checks the damage at a school after it was hit in an air strike in the village of Hass on October 26 2016.'), ['not-claim'], '... unless a scene in the present tense comes before it');
    assert.deepEqual(labels('Buses will help evacuate 5000 civilians from the eastern districts of Aleppo on December 15 2016.'), ['unattributed'], 'an infinitive is no scene');
    assert.deepEqual(labels('The strikes also damaged trucks carrying supplies.'), ['unattributed']);
    // a headline verb's form after a determiner is a noun: "the shells", not "Army shells"
    assert.deepEqual(labels('One of the shells landed on the roof of a house while three others fell in al-Adawi neighborhood.'), ['unattributed']);
    assert.deepEqual(labels('Army shells rebel positions near Hama.'), ['not-claim']);
    // "dropped barrel bombs": a past event before the noun "bombs"
    assert.deepEqual(labels('The regime forces dropped barrel bombs on the villages of Kafr Sijnah and Heesh.'), ['unattributed']);
  });

  it('reads an event with its time as news, its verb one word or more', () => {
    assert.deepEqual(labels('On Friday fighting also broke out between Islamic State militants and government forces at the army airport.'), ['unattributed']);
    assert.deepEqual(labels('The Army of Conquest began its assault on Fuaa and Kafraya on Wednesday.'), ['unattributed']);
    assert.deepEqual(labels('On Sunday in Damascus a bomb tore apart a bus carrying pilgrims.'), ['unattributed']);
    // without its time, an event of more than one word is the war's background
    assert.deepEqual(labels('The border remained largely quiet for decades until 2011 when the Syrian conflict broke out.'), ['not-claim']);
    // the verbs of a front line: crossed, imposed (with a time), recaptured, overran, bombarded
    assert.deepEqual(labels('Turkish troops crossed into Syria on Wednesday.'), ['unattributed']);
    assert.deepEqual(labels('Government forces recaptured the airbase after heavy fighting.'), ['unattributed']);
    // a protest, a truce's end: events too
    assert.deepEqual(labels('Thousands of people marched in Idlib on Friday to protest against the regime.'), ['unattributed']);
    assert.deepEqual(labels('A ceasefire brokered by the US and Russia collapsed last month.'), ['unattributed']);
    // an attack carried out, without its time; not what has been carried out for years
    assert.deepEqual(labels('Meanwhile the Syrian air force carried out a series of airstrikes on terrorist gatherings in Idlib countryside.'), ['unattributed']);
    assert.deepEqual(labels('The coalition has carried out airstrikes against the group in Syria since 2014.'), ['not-claim']);
  });

  it('takes an earlier month of the campaign as background, the days of the article as news', () => {
    const dated = (body: string): string[] => labels(`August 7, 2017\n\n${body}`).slice(1);
    assert.deepEqual(dated('The SDF launched the offensive to retake Raqqa in June.'), ['not-claim']);
    assert.deepEqual(dated('The SDF launched the offensive to retake Raqqa on Monday.'), ['unattributed']);
    assert.deepEqual(dated('More than 200 civilians were killed in Raqqa in June.'), ['unattributed'], 'a toll stays a claim');
    assert.deepEqual(dated('Troops seized the district from rebels in March 2012.'), ['not-claim'], 'a month of an earlier year');
    assert.deepEqual(dated('Troops seized the district from rebels in early 2012.'), ['not-claim']);
    assert.deepEqual(dated('Troops seized the district from rebels in March 2017.'), ['unattributed'], 'the year of the article is not background');
    assert.deepEqual(dated('Government troops pulled out of majority Kurdish areas of Syria last year leaving Kurdish militia to fend for themselves.'), ['not-claim']);
    assert.deepEqual(dated('The village also houses hundreds of families from Daraya which fell to government forces last year.'), ['unattributed'], 'a figure stays a claim');
    // a month before the article's by name: "in November" of an August article is to come, "last November" past
    assert.deepEqual(dated('The SDF launched the Euphrates Rage campaign to retake Raqqa last November with the support of the coalition.'), ['not-claim']);
    assert.deepEqual(dated('The SDF launched the Euphrates Rage campaign to retake Raqqa in November.'), ['unattributed']);
    // an earlier year or month beside the day of the news leads up to that day's event
    assert.deepEqual(dated('Also Monday ISIS militants entered the historic city of Palmyra for the first time since being defeated there in March.'), ['unattributed']);
    assert.deepEqual(dated('Fighters who have held the district since 2012 stormed the checkpoint on Sunday.'), ['unattributed']);
    assert.deepEqual(dated('Fighters who have held the district since 2012 stormed the checkpoint.'), ['not-claim']);
  });

  it('reads "claimed the lives of" as a toll, not a source claiming something', () => {
    assert.deepEqual(labels('Shelling of Handarat claimed the lives of 15 people on Friday.'), ['unattributed']);
    assert.deepEqual(labels('A police source said the attack claimed the lives of two civilians.'), ['attributed-vague']);
    assert.deepEqual(labels('The Observatory claimed the attack killed 23 people.'), ['attributed-named'], 'the speech verb still credits its subject');
    assert.deepEqual(labels('Syrias war has claimed over 300000 lives.'), ['unattributed']);
    // responsibility for an attack, not a report; a claim about an attack is one
    assert.deepEqual(labels('It was not clear who carried out the attack but Daesh terrorist group has claimed previous bombings in the region.'), ['not-claim']);
    assert.deepEqual(labels('ISIS fighters also claimed a suicide attack on a rival rebel group in Dumeir on Sunday that killed 16 people.'), ['unattributed']);
    assert.deepEqual(labels('Activists claimed the attack was caused by an airstrike.'), ['attributed-vague']);
    // a framing is a speaker's words
    assert.deepEqual(labels('Townsend framed the offensive as part of a greater struggle against ISIS which has claimed attacks in many countries.'), ['attributed-named']);
    assert.deepEqual(labels('A photo of the 12 victims was framed and hung in the mosque.'), ['not-claim'], 'no framing without "as"');
  });

  it('reads "air" and "talks" as the nouns of war news, and "declared" a caliphate as an act', () => {
    assert.deepEqual(labels('Earlier on Sunday the Syrian air force had bombed areas around the base.'), ['unattributed']);
    assert.deepEqual(labels('US-led air strikes killed at least 20 Islamic State fighters near the border on Monday.'), ['unattributed']);
    // no cue in "talks"; and "Feb. 23" is a date, as "February 23" is, not a figure to source
    assert.deepEqual(labels('The last round of Astana talks began on Feb. 23 and ended on March 4.'), labels('The last round of Astana talks began on February 23 and ended on March 4.'));
    assert.deepEqual(labels('Astana talks began on Feb. 23 with 12 delegations, Russia said.'), ['attributed-named']);
    assert.deepEqual(labels('IS has killed hundreds of people since it declared an Islamic caliphate in June.'), ['unattributed']);
    assert.deepEqual(labels('State television aired footage of 12 burned out vehicles.'), ['attributed-named'], 'the verb still credits its subject');
    assert.deepEqual(labels('The regime declares it has full control of Aleppo.'), ['attributed-named'], 'a declaration with its clause reports');
  });

  it('reads "put" as a report only of a figure, and knows the verbs compromise leaves unconjugated', () => {
    assert.deepEqual(labels('The observatory put the toll at six dead.'), ['attributed-named']);
    assert.deepEqual(labels('France and Britain put forward a resolution on 12 officials on Monday.'), ['unattributed']);
    assert.deepEqual(labels('The two explosions the sources affirmed caused no casualties but left huge damage.'), ['attributed-vague']);
    assert.deepEqual(labels('In a statement the military pledged that the attack on its pilot will not go unpunished.'), ['attributed-named']);
    assert.deepEqual(labels('The brief seizure of Rityan was part of an army offensive that killed 20 fighters.'), ['unattributed']);
    // a count made is reported; the death count is a noun
    assert.deepEqual(labels('Reporters Without Borders counted 66 journalists killed in 2014.'), ['attributed-named']);
    assert.deepEqual(labels('The death count rose to 66 on Monday.'), ['unattributed']);
    // a toll raised, updated or revised is reported; a flag raised or a map updated is not
    assert.deepEqual(labels('The Observatory raised the death toll to 58 on Tuesday.'), ['attributed-named']);
    assert.deepEqual(labels('The monitoring group updated its earlier death toll of 15, saying three more people had died.'), ['attributed-named']);
    assert.deepEqual(labels('The ministry revised the toll to 58.'), ['attributed-named']);
    assert.deepEqual(labels('The army raised the flag over 12 villages.'), ['unattributed']);
    // "pointed out that" reports; "pointing to" does not
    assert.deepEqual(labels('The Observatory pointed out that 12 people were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Activists pointed out that 12 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('The strike killed 12 people at a checkpoint, pointing to a new offensive.'), ['unattributed']);
  });

  it('ends a source phrase before the pronoun that starts the next clause', () => {
    assert.deepEqual(labels('State TV said the army advanced. Citing a military source it said the airport was evacuated.'), ['attributed-named', 'attributed-vague']);
    assert.deepEqual(labels('According to the group they were the latest of more than 7000 people killed.'), ['attributed-named']);
  });

  it('credits a statement with a word before it to the organisation that issued it', () => {
    assert.deepEqual(labels('The Russian Defence Ministry in an emailed statement accused the rebels of killing 12 soldiers.'), ['attributed-named']);
  });

  it('carries a claim to the body whose account goes on in the next sentence, not to a new source', () => {
    const text =
      'The World Health Organization said an air strike hit a clinic in Douma on Monday. Seventeen children and six women were among those killed. The agency also said 200 operations were conducted in eastern Ghouta. ' +
      'Twelve people were killed in Hama on Tuesday. The Syrian Observatory for Human Rights also said 20 people died in Idlib.';
    assert.deepEqual(labels(text), ['attributed-named', 'attributed-named', 'attributed-named', 'unattributed', 'attributed-named']);
  });

  it('lets a quotation take the speaker of the next sentence, or of the one it goes on from', () => {
    assert.deepEqual(labels('"The army shelled the town for hours and killed six people." The witness, a doctor, said so, speaking to AFP.').slice(0, 1), ['attributed-vague']);
    // the last sentence of a quotation holds only its closing mark
    const spoken =
      '"The regime targets aid workers" the group said in a statement. "Today jets struck a civil defence team in Douma. Three volunteers were killed and most of the others were injured."';
    assert.deepEqual(labels(spoken), ['attributed-named', 'attributed-named', 'attributed-named']);
    // a surname that is a common word, right after the quotation it closes
    assert.deepEqual(labels('"This is a tragedy. And if deliberate it is a war crime that killed 22 children" Lane said in a statement.'), ['attributed-named', 'attributed-named']);
    // a witness who describes what happened speaks the quotation after it, over its sentences
    const witness =
      'A witness named Ahmad who suffered a head wound described the moment the bomber struck. "As the couple were exchanging their vows I saw a man pass beside me. "A few seconds later there was an enormous explosion.';
    assert.deepEqual(labels(witness), ['attributed-named', 'attributed-named', 'attributed-named']);
  });

  it("reads a speaker's words in the first person that lost their quotation marks as the speaker's, over a run of them", () => {
    const text =
      'Rescue workers are buried under the debris said Hadi Abdullah a Syrian activist. While we were coming here a Russian jet targeted us with cluster bombs. ' +
      'One of the civilians was wounded so we had to rescue him ourselves. Two other people were killed in the town.';
    assert.deepEqual(labels(text), ['attributed-named', 'attributed-named', 'attributed-named', 'unattributed']);
    // "US" is a country, not a speaker; the reporter's own sentence stays unattributed
    assert.deepEqual(labels('A monitor said three people died. US jets struck the bridge on Monday.'), ['attributed-vague', 'unattributed']);
    assert.deepEqual(labels('A monitor said three people died in the town. The town was destroyed in World War I and rebuilt in 1920 with 300 houses.'), [
      'attributed-vague',
      'unattributed',
    ]);
    assert.deepEqual(labels('The source told Reuters that. We counted 12 people killed in the strike and we are collecting information.'), ['attributed-named', 'attributed-named']);
  });
});

describe('weak-attribution', () => {
  it('quotes the source as the article writes it, and knows a reduced passive from a speaker', () => {
    const cue = (text: string): [string, string] => {
      const s = summarize({ uri: 'x', version: 1, text }, Knowledge.default()).sentences[0];
      return [s.label, s.cue];
    };
    assert.deepEqual(cue('A Syrian military source confirmed the army had taken the two villages.'), ['attributed-vague', 'A Syrian military source confirmed']);
    // a hyphenated compound is quoted whole, whatever the class of its first word
    assert.deepEqual(cue('Footage and first-hand eyewitness accounts report that six barrel bombs were dropped.'), ['attributed-vague', 'first-hand eyewitness accounts report']);
    assert.deepEqual(cue('Pro-Damascus media outlets said a suicide attacker detonated a car bomb.'), ['attributed-vague', 'Pro-Damascus media outlets said']);
    assert.deepEqual(cue('In Mosul, the few hundred militants estimated to be holed up in the old city are putting up a fierce fight.'), [
      'attributed-vague',
      'estimated to be, no source given',
    ]);
    // a passive with an adverb before its participle still has its agent
    assert.deepEqual(cue('The attack was later confirmed by the UN.'), ['attributed-named', 'was confirmed by the UN']);
  });


  it('takes a source who speaks on condition of anonymity as vague, past the participle after its noun', () => {
    assert.deepEqual(labels('"Rockets were falling on the depot for an hour" he said speaking on condition of anonymity for fear of retaliation.'), ['attributed-vague']);
    assert.deepEqual(labels('The casualties included 12 children said local sources speaking to AFP.'), ['attributed-vague']);
    assert.deepEqual(labels('European officials speaking on condition of anonymity said that 12 options were on the table.'), ['attributed-vague']);
  });

  it('credits what a source said over what it left out, and two sources with one named', () => {
    assert.deepEqual(
      labels('A report on Syrian state TV quoted a military source as saying 12 militants had been killed in Haas but did not mention a school.'),
      ['attributed-vague'],
    );
    assert.deepEqual(labels('Syrian state media made no mention of the attack.'), ['attributed-named'], 'with no other cue the absence keeps its source');
    assert.deepEqual(labels('Severe bombardment has killed at least 84 civilians the monitor and a civil defence official said.'), ['attributed-named']);
    assert.deepEqual(labels('The statement was watered down to accommodate objections from Russia and China diplomats said.'), ['attributed-vague']);
    // a place after a verb is its object; after a time it is a subject
    assert.deepEqual(labels('He fled Aleppo and Syrian activists said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('On Saturday Moscow and Syrian activists said 20 people were killed.'), ['attributed-named']);
  });

  it('takes a full name before its description as a named source', () => {
    assert.deepEqual(labels('Nobody can stop the planes said Bebars Mishal an official with the civil defence in Aleppo.'), ['attributed-named']);
    assert.deepEqual(labels('Nobody can stop the planes said an official with the civil defence in Aleppo.'), ['attributed-vague']);
  });

  it('finds the vague source before a prepositional phrase, and the one tied to someone else', () => {
    for (const text of [
      'A police source in the city said the initial toll also included 55 injured.',
      'A medical source at the town hospital confirmed the death toll.',
      'Activists on the ground said 20 people were killed in the strike.',
      'A government source in the city told AFP that the air strikes were a message to the Kurds.',
      'Sources close to Hezbollah said 20 fighters were killed.',
      'A U.S. official familiar with initial intelligence assessments said the attack appeared to be the work of the government.',
      'Eyewitnesses said that the regime used cluster bombs in the airstrikes.',
      'Unverified reports estimated up to 33 people may have been killed in the strike.',
      'An activist in the town of Kafr Nabl said 20 people were killed.',
      'A resident of the village of Tal Hamis told AFP 20 people were killed.',
      // who was reached, not the agency or the means that reached them
      'Residents contacted by AFP said 20 people were killed.',
      'A doctor reached by phone said 20 people were killed.',
      // ... and where they are, after its preposition
      'Residents reached by telephone in the town said 20 people were killed.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-vague'], text);
    }
    // the head of a body, a spokesman for a group named before, a place in the phrase: unchanged
    assert.deepEqual(labels('A spokesman for the group said 20 people were killed in the strike.'), ['attributed-named']);
    assert.deepEqual(labels('The Observatory which monitors violence in Syria through sources on the ground said fighting raged inside the air base.'), ['attributed-named']);
    assert.deepEqual(labels('SANA reporter in the province said that terrorists targeted Hadar village with rocket shells.'), ['attributed-named']);
    // an outlet's initials before its reporter, though the list does not know it; not a country's
    assert.deepEqual(labels('The blast in Damascus was due to a rocket and not a car bomb NNA correspondent reported.'), ['attributed-named']);
    assert.deepEqual(labels('A US correspondent said the blast killed two people.'), ['attributed-vague']);
    // the press of a named outlet after it (not of a place)
    assert.deepEqual(labels('A correspondent for Al Jazeera said 12 people were killed in the strike.'), ['attributed-named']);
    assert.deepEqual(labels('Reporters from TRT World said the town was shelled on Monday.'), ['attributed-named']);
    assert.deepEqual(labels('A reporter from Aleppo said 12 people were killed in the strike.'), ['attributed-vague']);
    // a tally nobody is named for is a vague source; a body's named before is its
    assert.deepEqual(labels('In attacks on Aleppo city 18 civilians have been killed according to the latest death toll.'), ['attributed-vague']);
    assert.deepEqual(
      labels('The Russian Reconciliation Center said 12 breaches were recorded. According to the centers statistics this raises the total number of breaches to 465.'),
      ['attributed-named', 'attributed-named'],
    );
    assert.deepEqual(labels('At least 24 people were killed in a barrel bomb attack according to a new toll from the Observatory.'), ['attributed-named']);
    // "it" after a preposition is no subject: the speaker follows the verb
    assert.deepEqual(labels('The regime hasnt let us hear the end of it said Modar Shekho a nurse in eastern Aleppo.'), ['attributed-named']);
    // an adverb opening the sentence is not part of the source
    const cue = (text: string): string => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).sentences[0].cue;
    assert.equal(cue('Meanwhile civil sources told SANA that 4 persons were wounded in shelling on al-Fouaa.'), 'civil sources told');
    // a count after the verb is what was reported, not its source
    assert.deepEqual(labels('Media watchdog Reporters Without Borders recently reported 23 journalists killed in the war.'), ['attributed-named']);
  });

  it('finds the subject of a reporting verb outside a quotation, a place and a relative clause, and a body by its kind', () => {
    const cue = (text: string): string => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).sentences[0].cue;
    // the words a quotation ends with are no subject: the speaker follows the verb
    const quoted = '"The bodies of these terrorists are still with the Kurdish militants" said the Observatorys head Rami Abdulrahman.';
    assert.deepEqual(labels(quoted), ['attributed-named']);
    assert.equal(cue(quoted), 'said the Observatorys head Rami Abdulrahman');
    // ... nor part of the source's phrase: a quotation mark ends it
    assert.equal(cue('"Militants are using the tanks they possess while the regular forces target their pockets" activists told AFP.'), 'activists told');
    // ... but a name in quotation marks is one
    assert.deepEqual(labels('Kurdish News Media "KDK News" reported that Syrian army units took a weapons depot.'), ['attributed-named']);
    // a place after a preposition is where it happened, not who said it
    assert.deepEqual(labels('At least 23 civilians have been killed in US airstrikes on the eastern Deir ezzor province says a UK-based monitoring group.'), ['attributed-vague']);
    assert.deepEqual(labels('Tens of thousands of Syrians displaced from Aleppo have found refuge in Idlib.'), ['unattributed']);
    assert.deepEqual(labels('"At least 23 civilians were killed on Wednesday" said the so-called Syrian Observatory for Human Rights.'), ['attributed-named']);
    // "that" opens a relative clause between a noun and its verb
    assert.deepEqual(labels('The bombardment killed a baby in the childrens hospital a group of Syrian doctors that supports clinics in the city said.'), ['attributed-vague']);
    // a body named before, by its kind
    assert.deepEqual(labels('The directorate said in a statement that it was no longer able to offer medical care to 300000 civilians.'), ['attributed-named']);
    // the object of a relative clause is not the subject of the verb after it
    assert.deepEqual(
      labels('The Observatory said 15 people were killed in Manbij. The UK-based group which advocates the Syrian opposition said six more people lost their lives in a village near Manbij.'),
      ['attributed-named', 'attributed-named'],
    );
    // ... nor is its end, after a preposition or "and"; a phrase right after a noun is a new subject
    const network = 'The Observatory - which has a network of opposition pro-government and medical sources - also said on Monday that rebels shelled two villages.';
    assert.deepEqual(labels(network), ['attributed-named']);
    assert.equal(cue(network), 'The Observatory ... said');
    assert.equal(cue('A local group that supports protest and resistance against the Syrian government reported that 35 bodies were found.'), 'A local group ... reported');
    assert.equal(cue('The airstrike was part of the offensive against Daesh which controls the city the Syrian state broadcaster reported.'), 'the Syrian state broadcaster reported');
    // ("has" with an object, not an auxiliary)
    assert.equal(cue('The bombardment which has killed more than 132 civilians began in February the Observatory said.'), 'the Observatory said');
  });

  it("reads a page's closing list of links as no part of the article, to the end of its line", () => {
    const summary = (text: string) => summarize({ uri: 'x', version: 1, text }, Knowledge.default());
    // a view count, the list, the tags: the sentence ends where the list begins
    const viewed =
      'The army took the silos on Tuesday the Observatory said. The group is banned in many countries. ... 512 Related Airstrikes Kill 40 Civilians in Raqqa Army Retakes Three Villages Tags Syria Raqqa Community standards';
    const s = summary(viewed);
    assert.deepEqual(
      s.sentences.map((r) => r.label),
      ['attributed-named', 'not-claim'],
    );
    assert.equal(viewed.slice(s.sentences[1].start, s.sentences[1].end), 'The group is banned in many countries.');
    assert.deepEqual(s.figures, [], "the list's headlines state no figure of the article");
    // the sentences after it on its line are the page's, the next line an article again
    const sourced =
      'Source AFP Related News Death toll rises to 70 in Daraa Category News Turkey and Germany pledge closer ties. Death toll climbs to 22 in a landslide experts say.\nAt least 12 people were killed in Idlib on Monday.';
    assert.deepEqual(labels(sourced), ['not-claim', 'not-claim', 'unattributed']);
    assert.equal(summary(sourced).figures.length, 1);
    // a list of links before the article's lead, with no tags after it, is left to the sentence
    assert.deepEqual(labels('Views 458 Related Lebanon charges 43 Syrians At least 22 people were killed on Friday the Observatory said.'), ['attributed-named']);
  });

  it('finds a vague source run into a place phrase or a holiday in copy without commas', () => {
    // the comma before the source is lost: the place phrase is no part of it
    for (const text of [
      'The militants have consolidated gains since Friday in the area around the strategic town of Khan Touman rebels say.',
      'At least 23 civilians have been killed in airstrikes on the contested city of Aleppo Syrian activists said.',
      'The raids targeted a medical center and a residential area in Jayrud town rebels said.',
      'The two victims were crucified in the square of Jadid Akidat village eye witnesses said.',
      'ISIL vehicles were also hit to the north east of Syrias countryside reporters said.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-vague'], text);
    }
    // a holiday before an indefinite source is no name it stands beside
    assert.deepEqual(labels('A bomber killed 16 civilians outside a bakery on the eve of the feast marking the end of Ramadan an official said.'), ['attributed-vague']);
    assert.deepEqual(labels('Seventeen civilians were killed on Monday the first day of the holy Muslim month of Ramadan a monitor said.'), ['attributed-vague']);
    // the reporters, like the journalists or the activists, are no body named before
    assert.deepEqual(labels('The town was hit, the reporters said.'), ['attributed-vague']);
    // a body named in the phrase, or state media after a place head: unchanged
    assert.deepEqual(labels('The town was hit, the head of the Syrian Observatory said.'), ['attributed-named']);
    assert.deepEqual(labels('Troops restored security in the Rankus area after eliminating a large number of terrorists state media said.'), ['attributed-named']);
  });

  it('ends a source phrase where the claim begins, and reads bodies and surnames without an article', () => {
    const cases: [string, string][] = [
      // according to X, then a comma, a number or a new clause
      ['According to the ministry, 20 people were killed.', 'attributed-named'],
      ['According to the ministry 20 people were killed.', 'attributed-named'],
      ['According to the ministry, the strike killed 20 people.', 'attributed-named'],
      ['According to the Syrian Observatory heavy bombardment has battered the northwest province in recent days.', 'attributed-named'],
      ['According to independent monitors hundreds of thousands of civilians have been killed in the war.', 'attributed-vague'],
      // a monitor described by what it watches, and the adjective before the noun
      ['US-led air strikes killed at least 20 fighters near the border an organisation monitoring the war said on Friday.', 'attributed-vague'],
      ['At least 20 fighters were killed, a group tracking the violence said.', 'attributed-vague'],
      ['A monitoring group said 20 fighters were killed.', 'attributed-vague'],
      // a document of a body named by its kind, capitalised: the body's
      ['Around 600 people have been killed since September according to an Observatory toll.', 'attributed-named'],
      // "and" inside a body's name, not between two sources or a source and its claim
      ['At least 400 people were injured according to the city monitoring and documentation office.', 'attributed-named'],
      ['According to activists and rescue teams 12 people were killed.', 'attributed-vague'],
      ['A police source said shells hit the town. The attacks according to the source caused material damage to the infrastructure.', 'attributed-vague'],
      ['More than 30 people were injured according to an activist contacted in the city.', 'attributed-vague'],
      // "for its part", a body with no article, a surname that is also a word
      ['The ministry for its part said 20 people were killed.', 'attributed-named'],
      ['Police said 20 people were killed.', 'attributed-named'],
      // the civil defence, capitalised or not, at the start of a sentence; its teams are no one in particular
      ['Civil Defence said 20 people were killed.', 'attributed-named'],
      ['Civil defense corps announced that two of its centres were hit.', 'attributed-named'],
      ['Civil defense teams said 20 people were killed.', 'attributed-vague'],
      ['A suicide bomber killed five policemen at a checkpoint in Qamishli on Saturday police said.', 'attributed-named'],
      ['Separately Saturday regime army said its troops repelled an attack on the air base.', 'attributed-named'],
      ['Ban said he would send a top U.N. disarmament official to lobby the Syrian government.', 'attributed-named'],
      // an appositive placed by a participle; a subject before a relative clause with whose
      ['The Syrian Coalition an opposition group based outside the country said regime planes carried out the airstrike.', 'attributed-named'],
      ['Al-Barazi whose comments came during a visit to the hospitals said 20 people were wounded in the blasts.', 'attributed-named'],
      // not sources: a heading's "accused of", hundreds "reported dead", opposition forces
      ['Opposition forces said 20 people were killed.', 'attributed-vague'],
      ['Fighters battled ISIS Terrorists whose three-week assault on the town has left hundreds reported dead.', 'unattributed'],
    ];
    // (the label of each case's last sentence)
    for (const [text, label] of cases) assert.equal(labels(text).at(-1), label, text);
  });

  it('reads sources that copy runs into the claim: a document by its author, an unknown name in capitals, one of a group, a means after "by"', () => {
    const cases: [string, string][] = [
      // a document's author; a name of capitalised words not in the entity list
      ['According to a report by the Committee to Protect Journalists, at least 84 journalists have been killed.', 'attributed-named'],
      ['According to a report by local activists, at least 84 journalists have been killed.', 'attributed-vague'],
      ['At least six children were among 12 civilians killed on Friday Siege Watch reported.', 'attributed-named'],
      ['Fierce fighting killed at least 18 soldiers on Friday according to Observatory which gave no toll for the rebels.', 'attributed-named'],
      // but not a vague source in title case, nor a heading's words
      ['Syrian Activists said 20 people were killed.', 'attributed-vague'],
      ['02-06-2016 Terrorist Bombing Claims 5 in Latakia. A bomb attack took place near the mosque leaving 5 dead.', 'unattributed'],
      // "said by telephone" has no agent; one of a group; a member, a service
      ['Twenty people were executed Observatory director Rami Abdelrahman said by telephone from Britain.', 'attributed-named'],
      ['Twenty people were killed said one of the men.', 'attributed-vague'],
      // a source after its verb, then what describes it; not a clause after the verb
      ['Fifteen volunteers were killed in the "double-tap" strike said the Civil Defence also known as the White Helmets.', 'attributed-named'],
      ['A Syrian security source acknowledged the assault but said government forces had repelled it.', 'attributed-vague'],
      ['A Russian Defence Ministry spokesman did not say what agent was used but said the rebels had used the same weapons.', 'attributed-named'],
      // a verb after "and" takes the subject of the sentence's first verb, not its object
      ['Rebels captured the town and said 20 soldiers were killed.', 'attributed-vague'],
      ['The army retook the village and said 20 militants were killed.', 'attributed-named'],
      ['The ministry said the strike hit a school. It dismissed as unfounded the reports from opposition activists and said 20 people were killed.', 'attributed-named'],
      ['Ibrahim Alhaj of the Syrian Civil Defense search and rescue outfit said hospitals and rescuers have documented the deaths of 43 people so far.', 'attributed-named'],
      // "spoke of"; the outlet a source speaks to is not the source
      ['Defense Minister Sergei Shoigu spoke of a major operation in which warplanes struck 20 targets.', 'attributed-named'],
      ['A resident speaking to AFP said 20 people died.', 'attributed-vague'],
      // "specified", "tweeted X"; a place named as one ("the suburb of Erbin") is nobody's voice
      ['The airstrikes left ten civilians injured the news agency specified.', 'attributed-named'],
      ['One man who said he had retrieved victims in the suburb of Erbin told Reuters that 20 bodies were found.', 'attributed-vague'],
      ['Five people have died a militia member said.', 'attributed-vague'],
      ['The Civil Defence service said the raids killed 19 people.', 'attributed-named'],
      ['Interfax news service said 20 people were killed.', 'attributed-named'],
      // a verb's form in a compound is no verb, and a side's compound after a preposition no side
      ['A Syrian rescue service operating in rebel-held territory said a helicopter dropped gas on the town killing 20.', 'attributed-vague'],
      ['The Syrian American Medical Society which supports hospitals in opposition-held territory said 20 people were killed.', 'attributed-named'],
      ['These rebel-controlled facilities reported 294 wounded and 33 dead.', 'attributed-vague'],
    ];
    for (const [text, label] of cases) assert.equal(labels(text).at(-1), label, text);
    const cue = summarize({ uri: 'x', version: 1, text: 'Airstrikes hit a school in the town of al-Mayadin tweeted the Syrian Network for Human Rights.' }, Knowledge.default()).sentences[0].cue;
    assert.match(cue, /^tweeted the Syrian Network/);
    // a quotation over two sentences, its speaker after the closing mark
    assert.deepEqual(labels('"Terrorists have used a weapon causing asphyxia. Five people have died from suffocation" a militia member said.'), ['attributed-vague', 'attributed-vague']);
  });

  it('reads reports by whom they come from: "SANA reports that", "reports that" and "initial reports of" no one names, a toll given, "are reporting"; a passive event is no report', () => {
    const cases: [string, string][] = [
      ['SANA reports that 20 people were killed in the town.', 'attributed-named'],
      ['The US military is investigating reports that at least 73 civilians were killed in air strikes.', 'attributed-vague'],
      ['There were reports that at least 73 civilians were killed in air strikes.', 'attributed-vague'],
      ['Initial reports of 20 killed and many injured.', 'attributed-vague'],
      // a named source wins over the reports it mentions; a main clause's detail is no source
      ['The watchdog said it was concerned by reports of the attack that killed 20.', 'attributed-named'],
      ['Shelling left 11 people dead on Friday with reports of clashes in the city.', 'unattributed'],
      // a toll given, not none
      ['The Observatory said 20 people died. It had initially given a death toll of 22.', 'attributed-named'],
      ['The ministry gave a toll of 22 dead.', 'attributed-named'],
      ['The monitor gave no toll for the attack that killed 20.', 'not-claim'],
      // copy that lost its apostrophes keeps its absences
      ['He didnt offer a number for those killed.', 'not-claim'],
      // a participle after its auxiliary reports; a passive of an event or a state does not
      ['Syrian activists are reporting that at least 65 bodies have been found in the town.', 'attributed-vague'],
      ['The Observatory is reporting 20 dead in the town.', 'attributed-named'],
      ['The bodies of 20 people were found in a mass grave near the town.', 'unattributed'],
      ['Residents were told to leave the town before the strike that killed 20.', 'unattributed'],
      ['The regime was found to have used chlorine in attacks that killed 20.', 'attributed-vague'],
    ];
    for (const [text, label] of cases) assert.equal(labels(text).at(-1), label, text);
  });

  it('reads the source before a clause or an apposition set off by commas', () => {
    // the place in the clause is no source; the subject before the commas is
    assert.deepEqual(labels('Residents, who fled Raqqa last week, said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('A man, who lives near Aleppo, said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('The army, which has retaken most of Aleppo, said 20 rebels were killed.'), ['attributed-named']);
    // not a subject that only refers back: "The witness, a doctor, said" is the doctor's word
    assert.deepEqual(labels('The witness, a doctor, said 20 people were killed.'), ['attributed-vague']);
    // a long relative clause, with an "and" in it that opens no source's clause
    assert.deepEqual(
      labels('Opposition activist Omar Abu Laila who currently lives in Europe but is from the province where the strike took place and maintains contacts there said 10 people were killed.'),
      ['attributed-named'],
    );
    // ... but not past a source after the verb
    assert.deepEqual(labels('Rebels who have been fighting the army in the hills around the town for most of the last two years without any support said the Britain-based group.'), ['attributed-named']);
    // ... nor past a named source that ends the sentence after a short clause; but "told Reuters" is the one told
    assert.deepEqual(
      labels('The assault killed five Nusra fighters as well as six militants who were defending Division 30 said Observatory director Rami Abdel Rahman.'),
      ['attributed-named'],
    );
    assert.deepEqual(labels('An activist in Deir al-Zor who asked not to be named told Reuters the strikes killed 10 people.'), ['attributed-vague']);
    // a comma before a bare plural or a phrase after its noun ends the source: what stands before it was said
    const cue = (text: string): string => summarize({ uri: 'x', version: 1, text }, Knowledge.default()).sentences[0].cue;
    assert.equal(cue('Some 200 families fled the village, opposition activists said.'), 'opposition activists said');
    assert.equal(cue('The rebels lost 50 men, sources close to the group said.'), 'sources close to the group said');
    assert.equal(cue('The attack killed 11 people, diplomats said.'), 'diplomats said');
  });

  it('takes "they" for the people the article credited vaguely, unless the last named source is more than one', () => {
    assert.deepEqual(labels('Activists said 20 people were killed in Douma. The Observatory said the strikes hit a market. They said the raids lasted an hour.')[2], 'attributed-vague');
    assert.deepEqual(
      labels('Activists said 20 people were killed in Douma. The Food and Agriculture Organization and the World Food Programme said the harvest failed. They added that 3 million people need food.')[2],
      'attributed-named',
    );
    assert.deepEqual(labels('The Observatory said the strikes hit a market. They said the raids lasted an hour.')[1], 'attributed-named', 'no vague source before');
    // "the two leaders" are the ones named before; "two ministers" anyone
    assert.deepEqual(labels('Putin and Erdogan said 20 people were killed. The two leaders said 30 more had died. Two ministers said 50 people were killed.'), [
      'attributed-named',
      'attributed-named',
      'attributed-vague',
    ]);
  });

  it('carries a claim to a neighbour that states the same figure, not one that shares a small number by chance', () => {
    assert.deepEqual(labels('Air strikes killed 23 people in Douma on Monday. The Observatory said 23 people were killed in the raids.'), ['attributed-named', 'attributed-named']);
    assert.deepEqual(
      labels('The attacks came one day after four neighborhoods of Aleppo were targeted by militants leading to four deaths. The Observatory said four rebels were killed in fighting near Hama.'),
      ['unattributed', 'attributed-named'],
    );
    // a lead restated with its source next shares its words; two sentences that share only the
    // words of any war news ("people", "rebel-held") are two accounts
    assert.deepEqual(
      labels('A rocket shell targeted Aleppo city on Saturday, injuring many civilians. A source at Aleppo police command told SANA that a rocket shell targeted the city.'),
      ['attributed-vague', 'attributed-vague'],
    );
    assert.deepEqual(
      labels('An estimated 250,000 people remain under siege in the rebel-held east. In the government-held west, state media reported that rebel shelling had killed three people.'),
      ['unattributed', 'attributed-named'],
    );
  });

  it('credits the spokesperson of a body named in capitals before the title, and a speaker after a quotation', () => {
    assert.deepEqual(labels('Obama has directed intelligence agencies to help establish what caused the deaths a State Department spokeswoman said.'), ['attributed-named']);
    assert.deepEqual(labels('Obama has directed intelligence agencies to help establish what caused the deaths a Syrian spokeswoman said.'), ['attributed-vague']);
    assert.deepEqual(labels('"Eleven regime fighters and 17 Daesh fighters were killed in the attack" said Abdel Rahman.'), ['attributed-named']);
  });

  it('keeps a long name whole before a vague head that stands without its article', () => {
    // the walk left from "said" stops before "The", seven words back; the head's modifiers then
    // end at the name's first word, not inside it
    assert.deepEqual(labels('The Britain-based Syrian Observatory for Human Rights monitoring group said 20 people were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Shelling went on as Syrian activists said 20 people were killed.'), ['attributed-vague']);
  });

  it("takes a dated timeline entry for background though it names who acted, and a hyphenated participle for an adjective", () => {
    const article = 'Date of publication 4 April 2017 At least 72 people were killed in Khan Sheikhun on Tuesday a monitor said. ';
    assert.deepEqual(labels(article + 'September 22 2016 Syrian regime forces announce a major offensive to retake eastern Aleppo.'), ['attributed-vague', 'not-claim']);
    assert.deepEqual(labels(article + 'Syrian regime forces announced a major offensive on Monday.'), ['attributed-vague', 'attributed-named']);
    assert.deepEqual(labels('IS seeks to expand its self-declared caliphate in the territory it holds.'), ['not-claim']);
  });

  it('credits a source whose name closes the phrase after what the person is, or opens it before', () => {
    assert.deepEqual(labels('A civil defense official in Idlib Leys el-Faris told AFP four civilians were killed.'), ['attributed-named']);
    // the article before "local" opens the appositive: the name before it is the source
    assert.deepEqual(labels('Speaking to Anadolu Agency Yusuf el-Bustani a local activist said regime forces were attacking Qaboun.'), ['attributed-named']);
    assert.deepEqual(labels('Regime forces were attacking Qaboun on Monday a local activist said.'), ['attributed-vague']);
    assert.deepEqual(labels('A nurse at the Douma collection facility Bayan Baker said 213 people were killed.'), ['attributed-named']);
    // a place after a preposition, or a body, is no person's name
    assert.deepEqual(labels('A source in Kafr Nabl said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('A medical source at Aleppo Health Directorate told SANA eight students were killed.'), ['attributed-vague']);
  });

  it("credits what an outlet's own correspondent or a witness saw to them, and nothing else that saw", () => {
    for (const text of [
      'An AFP correspondent in the city saw dozens of bodies.',
      'An AFP photographer at the medical facility saw the bodies of four children.',
      'An AFP correspondent who visited Dahiyet al-Assad where rebels seized ground on Friday saw deserted streets.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-named'], text);
    }
    assert.deepEqual(labels('Residents of the town saw jets bomb the hospital on Monday.'), ['attributed-vague']);
    assert.deepEqual(labels('The city saw heavy fighting on Monday.'), ['not-claim']);
  });

  it('credits a body named after the side it stands on, and leaves the side alone vague', () => {
    assert.deepEqual(labels('The rebel Syrian National Coalition said 650 people died.'), ['attributed-named']);
    assert.deepEqual(labels('The opposition National Coalition said 20 people were killed.'), ['attributed-named']);
    assert.deepEqual(labels('The opposition forces said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('Opposition Forces said 20 people were killed.'), ['attributed-vague']);
    // a compound of the side before the body's capitalised name
    assert.deepEqual(labels('Opposition-affiliated Orient News said the regime used chlorine gas in the attack.'), ['attributed-named']);
    assert.deepEqual(labels('Rebel-affiliated media outlets said 20 people were killed.'), ['attributed-vague']);
  });

  it('credits footage to whoever posted or aired it, and footage alone to no one', () => {
    assert.deepEqual(labels('Video footage released by the news agency Amaq on Saturday showed a helicopter being shot down.'), ['attributed-named']);
    assert.deepEqual(labels('Footage posted on YouTube by activists showed bodies in the street.'), ['attributed-vague']);
    assert.deepEqual(labels('Footage aired on state TV showed 12 burned out vehicles.'), ['attributed-named']);
    assert.deepEqual(labels('Footage filmed on Monday showed 12 burned out vehicles.'), ['unattributed']);
    // footage that "appeared to show" or "purports to show" still shows, on the same authority
    assert.deepEqual(labels('A video circulated on social media appeared to show the aftermath of the strike.'), ['attributed-vague']);
    assert.deepEqual(labels('A video posted by the White Helmets appeared to show rescuers pulling a child from the rubble.'), ['attributed-named']);
    assert.deepEqual(labels('The army wants to show that it controls the road.'), ['not-claim'], 'a purpose is no footage');
  });

  it('reads what a statement or a letter "read" as what its author said', () => {
    assert.deepEqual(labels('A statement from the Kurdish-led Syrian Democratic Forces read that 150 militants had surrendered.'), ['attributed-named']);
    assert.deepEqual(labels('UNICEF said 27 children were killed. "Casualty figures are expected to rise" the statement read.'), ['attributed-named', 'attributed-named']);
    // someone who reads, a slogan: no report (the list's 40 names are the sentence's own claim)
    assert.deepEqual(labels('Fighters read the list of 40 names to the crowd in Raqqa.'), ['unattributed']);
    assert.deepEqual(labels('A banner at the protest read Down with Assad.'), ['not-claim']);
  });

  it('credits what a participle says to the subject of the sentence', () => {
    assert.deepEqual(labels('The UK-based Syrian Observatory for Human Rights placed the death toll lower saying at least 128 people had been killed.'), ['attributed-named']);
    assert.deepEqual(labels('A resident of Homs corroborated that account saying he heard blasts for more than an hour.'), ['attributed-vague']);
    // not a source's words: a subject that is no source, a kind of killing
    assert.deepEqual(labels('The attacks left 20 civilians injured noting that the shells were fired by terrorists.'), ['unattributed']);
    assert.deepEqual(labels('The Syrian air force ambushed the reinforcements on Monday claiming scores of terrorists.'), ['unattributed']);
    assert.deepEqual(labels('Syrias conflict erupted in March with protests saying the president must go.'), ['unattributed']);
  });

  it('credits footage to its publisher or owner, a scene in footage nobody is named for to no one', () => {
    assert.deepEqual(labels('Activists distributed video showing scenes of chaos in the market.'), ['attributed-vague']);
    assert.deepEqual(labels('Residents in the town circulated pictures on social media showing the ruins of the mosque.'), ['attributed-vague']);
    assert.deepEqual(labels('Reuters photographs showed people breathing through oxygen masks.'), ['attributed-named']);
    assert.deepEqual(labels('A video posted on YouTube showed men pledging support for the group.'), ['attributed-vague'], 'a platform is no named source');
    assert.deepEqual(labels('Video footage from districts east of Damascus showed people choking.'), ['unattributed']);
    assert.deepEqual(labels('Photos and video emerging from the town show limp bodies of children and adults.'), ['unattributed']);
    // the footage an earlier sentence credited, and more of it
    assert.deepEqual(labels('A video released by the Syrian military media center shows heavy fighting near the airport. The footage shows airstrikes on the militants positions.'), ['attributed-named', 'attributed-named']);
    assert.deepEqual(labels('Activists distributed video showing bodies in the rubble of the market. Another image showed a man attending to a wounded boy.'), ['attributed-vague', 'attributed-vague']);
    assert.deepEqual(labels('Government forces sought to tighten their siege of the city. Another image showed a man attending to a wounded boy.')[1], 'unattributed', 'no footage before it');
  });

  it('takes a kind of news outlet for a vague source, unless the outlet is named before it', () => {
    for (const text of [
      'Media outlets reported that 12 people were killed.',
      'Other media outlets stated that the commander was killed.',
      'A militant website said 12 people were killed.',
      'A pro-government TV channel said 12 people were killed.',
      // an outlet of one kind with "a" before it, and outlets of a kind in the plural
      'Government forces have lost about 150,000 soldiers since 2011, a pro-government newspaper reported.',
      'At least 30 fighters were killed, a Kurdish news agency reported.',
      'The hospital was hit four times, an activist network said.',
      'Turkish newspapers reported that 12 soldiers were killed.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-vague'], text);
    }
    for (const text of [
      'Al Mayadeen TV channel reported that 14 civilians were killed.',
      'Al-Alam news website said the commander was killed.',
      'The channel said 12 people were killed.',
      'The newspaper said 12 people were killed.',
      "Turkey's state-run Anadolu Agency reported 15 deaths.",
      'The group with a network of sources inside Syria said 28 rebels had been killed.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-named'], text);
    }
  });

  it('takes people and bodies nobody is named for as vague sources, whatever word opens the sentence', () => {
    for (const text of [
      'More than 500 civilians have been killed in eastern Ghouta, according to medical charities.',
      'Hospitals in the enclave received 120 wounded on Tuesday, charities said.',
      'Kurdish leaders said 300 fighters had been killed in the fighting.',
      // a capital that only opens the sentence is no name
      'Tribal elders said at least 40 men were executed in the village.',
      'Campaigners say the strikes killed 15 children.',
      'NGOs estimate that 13 million Syrians need aid.',
      'Medical staff at the hospital said 70 people were treated for breathing problems.',
      // an office or a body after "a"
      'A hospital director said 35 bodies had been brought in.',
      'Some 200 families fled the village, a government minister told reporters.',
      'At least 17 people were killed, a watchdog said on Saturday.',
      // a claim is the claimant's, not a passive
      'Rebels claimed to have killed 30 government troops.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-vague'], text);
    }
    for (const text of [
      'He was hanged for violations against civilians, according to a statement issued by the brigade.',
      'Physicians for Human Rights has documented 492 attacks on medical facilities.',
      'The charity said 12 people were killed.',
      'MSF staff said 70 people were treated for breathing problems.',
      // the publisher's own reporter
      'Our correspondent in Beirut says the death toll has risen to 40.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-named'], text);
    }
    // what a monitor documented or recorded is whoever its pronoun stands for; "it shows" and "they found" name nobody
    const network = 'The Syrian Network for Human Rights said 1,024 civilians were killed in March.';
    assert.deepEqual(labels(`${network} It documented 35 massacres during the month.`), ['attributed-named', 'attributed-named']);
    assert.deepEqual(labels('Activists said 30 people were killed. They recorded 120 deaths in the province this week.'), ['attributed-vague', 'attributed-vague']);
    assert.deepEqual(labels(`${network} They found 35 bodies in a mass grave on Monday.`), ['attributed-named', 'unattributed']);
    // nobody: an absence
    assert.deepEqual(labels('The blast, the third in the town this month, was claimed by no group.'), ['not-claim']);
    assert.deepEqual(labels('No group has claimed the attack, which killed 12 people.'), ['not-claim']);
    // a head that modifies the noun a verb-shaped word ends on is no source
    assert.deepEqual(labels('The opposition killed at least 20 army troops when they blew up a tunnel under a regime post.'), ['unattributed']);
    assert.deepEqual(labels('Moscow urging an objective inquiry said the presence of the team suggested government forces were not to blame.'), ['attributed-named']);
  });

  it('credits records to whom they come from, a body by its kind, and reads a report denied as an absence', () => {
    assert.deepEqual(labels('Data from the UN refugee agency show that 4.8 million Syrians have fled the country.'), ['attributed-named']);
    assert.deepEqual(labels('Statistics from activists show 300 people were killed this month.'), ['attributed-vague']);
    // footage from a place is no one's
    assert.deepEqual(labels('Video footage from districts east of Damascus showed people choking.'), ['unattributed']);
    assert.deepEqual(labels('At least 14 people died when their boat capsized off the Turkish coast, the coast guard said.'), ['attributed-named']);
    assert.deepEqual(labels('The embassy said three of its citizens were killed.'), ['attributed-named']);
    for (const text of ['The information could not be confirmed by independent sources.', 'The toll has not been confirmed by the ministry.', 'The report could not be confirmed.']) {
      assert.deepEqual(labels(text), ['not-claim'], text);
    }
    assert.deepEqual(labels('The toll was confirmed by the ministry.'), ['attributed-named']);
  });

  it('credits a source, not whom it spoke to, and reads a governorate as a body', () => {
    // "the media", "reporters", "AFP": whom a source spoke to, not the source
    assert.deepEqual(labels('Defence Minister Hulusi Akar who was speaking to the media said an operation had been launched.'), ['attributed-named']);
    assert.deepEqual(labels('An official who spoke to AFP said 40 militants were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('Turkish officials speaking to reporters said 40 militants were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('Speaking to reporters Erdogan said 40 militants were killed.'), ['attributed-named']);
    assert.deepEqual(labels('A soldier was killed in Hakkari according to a statement from the provincial governorate.'), ['attributed-named']);
    assert.deepEqual(labels('Shelling killed three people in Idlib governorate.'), ['unattributed']);
  });

  it('credits the people of a place, not the place, and the people of a named body as the body', () => {
    assert.deepEqual(labels('Residents of the besieged town of Madaya said on Tuesday that people were dying of hunger.'), ['attributed-vague']);
    assert.deepEqual(labels('Witnesses of the attack said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('Syrian rescue workers of the Civil Defence said they had taken away 100 bodies.'), ['attributed-named']);
    assert.deepEqual(labels('A spokesman of the Civil Defence said they had taken away 100 bodies.'), ['attributed-named']);
    // someone at a place or a body is someone, as "a source at Aleppo Police Command told SANA"
    for (const text of [
      'A surgeon at one of the last hospitals in eastern Aleppo said 45 people were wounded.',
      'A nurse at a field hospital in Douma said 45 people were wounded.',
      'A source at the Damascus Police Command told SANA that 20 people were killed.',
      'An official from the Nour al-Din al-Zinki rebel group said 10 rockets hit the town.',
      // one of a named body's people, not its spokesman
      'A member of the Civil Defence said 20 people were killed.',
      'A senior official of the Kurdish Red Crescent said 20 people were killed.',
    ]) {
      assert.deepEqual(labels(text), ['attributed-vague'], text);
    }
    // people nobody names anywhere, among them critics and diplomats
    assert.deepEqual(labels('Critics in the West have accused Moscow of killing 200 civilians.'), ['attributed-vague']);
    assert.deepEqual(labels('Diplomats in the West said 200 civilians were killed.'), ['attributed-vague']);
    // a count of people is no one speaking, and the source run into the place is the source
    assert.deepEqual(labels('Mortar fire also wounded three people in the Abbasids neighbourhood of northeast Damascus SANA said.'), ['attributed-named']);
  });

  it('credits what a source quoting something said to that source, or to a vague one it quotes', () => {
    assert.deepEqual(labels('Iraqi state TV quoting a military statement said 30 militants were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Iraqi state TV quoting a military source said 30 militants were killed.'), ['attributed-vague']);
  });

  it("reads a body's spokesman as the body's, a relative as someone, and a name before what the person is as named", () => {
    for (const text of ['A coalition spokesman said 20 people were killed.', 'An army spokesman said 20 people were killed.']) {
      assert.deepEqual(labels(text), ['attributed-named'], text);
    }
    assert.deepEqual(labels('A Syrian spokesman said 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('One mother described the shelling in a message.'), ['attributed-vague']);
    assert.deepEqual(labels('His brother said 20 people were killed.'), ['attributed-vague']);
    // a name, then what the person is, without a comma or an article
    assert.deepEqual(labels('Mohammad Idelbi father of the family told SANA that 20 people were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Ahmed Hassan doctor at the hospital said 20 people were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Kafr Nabl residents said 20 people were killed.'), ['attributed-vague']);
    // a name, then what the person is between commas
    assert.deepEqual(labels('Mohammad Alloush, the head of the rebel delegation, told reporters that 300 violations were recorded.'), ['attributed-named']);
    assert.deepEqual(labels('Mohammad Alloush, head of the rebel delegation, told reporters that 300 violations were recorded.'), ['attributed-named']);
  });

  it('reads a phrase after the verb that its own verb follows as what was said, not who said it', () => {
    assert.deepEqual(labels('Civilians who fled the city said the militants were preventing people from leaving.'), ['attributed-vague']);
    assert.deepEqual(labels('Al-Barazi whose comments came during a visit he paid to the hospitals where the injured lay said the internal security forces have facilitated the movement of ambulances.'), ['attributed-named']);
    // what a person is, run up to the verb with no comma, names the person by it
    assert.deepEqual(labels('Ahmed a resident of the government-controlled west of the city said his home was destroyed.'), ['attributed-named']);
    assert.deepEqual(labels('A nurse from the eastern districts of the city told AFP that 20 people were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('One of the men said 20 people died.'), ['attributed-vague']);
  });

  it("credits a body's statement to the body, countries to no one named, and a find to nobody", () => {
    assert.deepEqual(labels('An army statement said troops had arrested three suspects.'), ['attributed-named']);
    assert.deepEqual(labels('According to a military statement 29 terrorists were neutralized.'), ['attributed-named']);
    assert.deepEqual(labels('According to a statement 29 terrorists were killed.'), ['attributed-vague']);
    assert.deepEqual(labels('Western countries accuse Russia of shielding the regime.'), ['attributed-vague']);
    // a suspicion with its holder unsaid, as a belief
    assert.deepEqual(labels('He is suspected of planning the attack that killed 20 people.'), ['attributed-vague']);
    // a finding is a report, a find is an event
    assert.deepEqual(labels('UN investigators found sarin was used in the attack.'), ['attributed-named']);
    assert.deepEqual(labels('Rescue workers found the bodies of 12 people under the rubble.'), ['unattributed']);
    // a participle between a number and its noun is an adjective
    assert.deepEqual(labels('Jordan hosts some 650000 registered refugees.'), ['unattributed']);
  });

  it('credits footage to whoever showed it', () => {
    assert.deepEqual(labels('Syrian television had shown footage of army forces defending the base on Saturday.'), ['attributed-named']);
    assert.deepEqual(labels('Postings on a Facebook page show images of people in a grave.'), ['attributed-vague']);
  });

  it('reads a name given for the report alone as naming no one', () => {
    assert.deepEqual(labels('The surgeon who asked to be identified only as Abu Mohammed said 45 people were wounded.'), ['attributed-vague']);
    assert.deepEqual(labels('A resident who gave his name as Abu Ahmed said 45 people were wounded.'), ['attributed-vague']);
    assert.deepEqual(labels('The Civil Defence also known as the White Helmets said 45 people were wounded.'), ['attributed-named']);
  });

  it('reads a report its source denies giving as an absence, unless the sentence reports a death or an event', () => {
    assert.deepEqual(labels('An official said 10 rockets hit the town. He did not give a casualty figure.'), ['attributed-vague', 'not-claim']);
    assert.deepEqual(labels('The army did not say how many soldiers were killed.'), ['attributed-named']);
  });

  it('reads a bare plural source before where it is, at the end of copy without commas', () => {
    assert.deepEqual(labels('Dozens of civilians suffered breathing difficulties after helicopters dropped barrel bombs loaded with toxic gas doctors in the town said.'), ['attributed-vague']);
    assert.deepEqual(labels('Shelling killed 20 people local activists in the city said.'), ['attributed-vague']);
  });

  it('counts no acronym toward a headline\'s capitals in body text', () => {
    assert.deepEqual(labels('The army said 9 were killed. Turkey launched Operation Olive Branch on January 20 to clear YPG/PKK and Daesh terrorists from Afrin.'), ['attributed-named', 'unattributed']);
    assert.deepEqual(labels('The army said 9 were killed. US Strikes Kill 20 In Raqqa Says SOHR. The army said 9 were killed.'), ['attributed-named', 'not-claim', 'attributed-named']);
  });

  it('reads a headline verb after a nationality or a number as a noun: the sentence is no headline', () => {
    assert.deepEqual(labels('The cost of the rehabilitation reached 15 billion Syrian pounds.'), ['unattributed']);
  });

  it('reads a participle after an article or a possessive as an adjective, not a report', () => {
    assert.deepEqual(labels('UN investigators are looking into the alleged chemical attack in Idlib.'), ['not-claim']);
    assert.deepEqual(labels('Rebels were driven back an estimated 20 kilometres from Tabqa airbase on Monday.'), ['not-claim']);
    assert.deepEqual(labels('Activists alleged that 20 people were killed.'), ['attributed-vague']);
  });

  it('reads "according to him" as the source named before, and a vague source after a number and a comma as vague', () => {
    assert.deepEqual(labels('The army said 12 soldiers were killed. According to him, the army took control of 52 neighborhoods.'), ['attributed-named', 'attributed-named']);
    assert.deepEqual(labels('According to the general, 20 soldiers were killed.'), ['attributed-named']);
    assert.deepEqual(labels('Hezbollah has lost more than 1,500 fighters since it entered the war in 2013, sources close to the group say.'), ['attributed-vague']);
  });

  it('reads the claim after an agency\'s dateline, and the agency\'s credit alone as boilerplate', () => {
    assert.deepEqual(labels('NEW YORK (Reuters) - Russia on Tuesday vetoed a resolution, and the army captured the town of Deir Hafer.'), ['unattributed']);
    assert.deepEqual(labels('A photo of the town. (Reuters)'), ['not-claim', 'not-claim']);
  });

  it('reads "posts" as a noun and a town liberated as an event', () => {
    assert.deepEqual(labels('Militants attacked military posts near the town on Monday.'), ['unattributed']);
    assert.deepEqual(labels('The army liberated the town of Deir Hafer on Wednesday.'), ['unattributed']);
  });

  it('flags vague sources and leaves named ones alone', () => {
    expectMarked(
      {
        'a.txt': `
At least 16 civilians were killed outside a bakery in Hasakeh, an official said.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ weak-attribution
The suicide attacker reportedly detonated his explosives near the bakery.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ weak-attribution
Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 40 were wounded.`,
      },
      ['weak-attribution'],
    );
  });
});

describe('unattributed-quote', () => {
  it('flags a quotation of four words or more with no speaker near it', () => {
    expectMarked(
      {
        'a.txt': `
Government troops seized the roads into Raqqa in February.
"In Syria, we regard these forces as unlawful military formations". In recent months, Jordan expressed concern.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote`,
        'b.txt': '"There are no borders when establishing the Islamic State," the group wrote. "This is not restricted to any particular time."',
        'c.txt': 'The statement called the plan a "decisive blow" to the group.',
      },
      ['unattributed-quote'],
    );
  });

  it('hears a quotation that goes on from a spoken one, a crowd that chants it, and no speaker in a label', () => {
    expectMarked(
      {
        // three sentences of one quotation: the speaker is two sentences back from the last
        'a.txt': 'The director described the moment the bomber struck, a witness told AFP. "As the bride and groom were exchanging their vows I saw a man pass beside me. I thought he looked strange and seconds later there was an enormous explosion. People had fallen on the ground everywhere around us."',
        'b.txt': '"God rid us of all leaders" the protesters chanted in the square.',
        'c.txt': 'Homs was once dubbed "the capital of the revolution" against Assad. The Pope prayed for what he called the "beloved and martyred Syria".',
        // a quotation's last sentence is the first's to report, whose speaker is one no verb names
        'e.txt': 'Asked about the attack the ambassador responded "Its horrible. I hope we were not involved in this."',
        // a quotation after a sentence whose own quotation has no speaker is still flagged
        'd.txt': `
Shelling went on all day in the eastern districts.
"Many gatherings of terrorists were hit in the area." "Their vehicles were destroyed on the road."
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote`,
      },
      ['unattributed-quote'],
    );
  });
});
