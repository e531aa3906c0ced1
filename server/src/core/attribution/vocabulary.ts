/**
 * The words and phrases attribution looks for: reporting verbs, source heads and the words around
 * them as sets; the classes a sentence's words are looked up in once (each test a bit, not a
 * regex); and the phrase lists of the label's tests (boilerplate, absence, background, passive
 * vague cues, time markers) with their whole-word search. The classes are added in a fixed order:
 * each is one bit of a word's mask.
 */
import cues from '../knowledge/cues.json';
import { REPORTING_VERB_FORMS } from '../knowledge/lexicon';
import { mayHave, WordClasses } from '../text/wordClasses';

const lowerList = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());
const wordList = (list: string): string[] => list.split(' ');

export const REPORTING = new Set<string>(cues.reportingVerbs);
export const WEAK_REPORTING = new Set<string>(cues.weakReportingVerbs);
/** Reporting verbs of an attitude or a promise: they credit a clause, not a quotation beside them. */
export const ATTITUDE = new Set(['express', 'pledge', 'deem', 'condemn', 'urge', 'call', 'demand', 'vow', 'threaten']);
export const SPEECH = new Set(['say', 'tell', 'add', 'state', 'write', 'tweet', 'quote', 'insist', 'explain', 'warn', 'claim', 'declare', 'stress', 'affirm', 'chant', 'shout', 'describe']);
export const VAGUE_HEADS = new Set<string>(cues.vagueHeads);
export const COLLECTIVE_VAGUE = new Set<string>(cues.collectiveVague);
export const ANAPHOR_HEADS = new Set<string>(cues.anaphorHeads);
export const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'head', 'chief', 'director', 'governor']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);
/** Relative pronouns: "Residents, who fled Raqqa, said". */
export const RELATIVES = new Set(['which', 'who', 'whose']);
/** Auxiliaries of a passive: "was quoted", "has been accused of". */
export const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** Participles that place a source: "a monitor based in Britain", "a group headquartered in Turkey". */
export const LOCATED = new Set(['based', 'headquartered', 'stationed']);
/** What a body's name may say before its head besides a demonym: "regime army", "Kurdish police", "security forces". */
export const BODY_MODIFIERS = new Set(['security', 'local', 'provincial', 'federal', 'national', 'interior', 'foreign', 'kurdish', 'turkish', 'british', 'arab', 'civil']);
/** Participles by which a reporter got to a source: "residents contacted by AFP", "a doctor reached by phone". */
export const CONTACTED = new Set(['contacted', 'reached', 'interviewed', 'questioned', 'approached', 'consulted', 'surveyed', 'polled']);
export const PUBLISHED = new Set(['published', 'issued', 'released', 'posted', 'compiled', 'carried', 'aired', 'broadcast', 'circulated', 'provided']);
export const DOCUMENTS = new Set(['report', 'reports', 'statement', 'study', 'survey', 'investigation', 'video', 'videos', 'footage', 'photos', 'photographs', 'images', 'pictures', 'data', 'figures', 'tally', 'count', 'toll', 'documentation', 'bulletin', 'release']);
export const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'living', 'based', 'inside', 'near', 'on']);
/** Participles that end a source's noun phrase besides PREPOSITIONS' own (living, based): "a resident speaking to AFP". */
export const SOURCE_PARTICIPLES = new Set(['speaking', 'talking', 'writing', 'working', 'operating', 'requesting', 'asking', 'declining', 'commenting']);
/** Verbs of speaking whose "to" names whom a source spoke to: "speaking to reporters", "who spoke to AFP". */
export const SPOKE_TO = new Set(['speak', 'speaks', 'speaking', 'spoke', 'spoken', 'talk', 'talks', 'talking', 'talked']);
/** Words besides PREPOSITIONS before a noun phrase that make it an object: "(monitors violence) through sources on the ground". */
export const OBJECT_BEFORE = new Set(['through', 'via', 'by', 'to', 'among', 'about', 'against']);
/** Adjectives (before "to" or "with") after a source's noun that tie it to someone else: "sources close to Hezbollah" are not Hezbollah. */
export const TIED_TO = new Set(['close', 'loyal', 'familiar', 'linked', 'affiliated', 'allied']);
/** Heads that stand for one person: "the official said" refers back to whoever was introduced. */
export const PERSONAL_HEADS = new Set(['source', 'official', 'witness', 'resident', 'activist', 'doctor', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'woman', 'man', 'officer', 'soldier', 'fighter', 'medic']);
/**
 * People a source phrase may name by where they are or what they belong to: "residents of the
 * town", "a surgeon at the hospital", "a nurse in Douma" (see `PERSON_AT`).
 */
export const PERSON_HEADS = new Set([
  ...PERSONAL_HEADS,
  ...[...PERSONAL_HEADS].map((w) => (w === 'man' ? 'men' : w === 'woman' ? 'women' : w === 'witness' ? 'witnesses' : `${w}s`)),
  ...wordList('people inhabitants locals families citizens member members staff worker workers volunteer volunteers survivor survivors refugee refugees'),
  ...wordList('surgeon surgeons nurse nurses paramedic paramedics rescuer rescuers physician physicians teacher teachers journalist journalists'),
  ...wordList('correspondent correspondents reporter reporters employee employees'),
  ...wordList('diplomat diplomats analyst analysts critic critics expert experts observer observers investigators inspectors'),
  ...wordList('lawmakers politicians campaigners protesters demonstrators rebels militants'),
]);
/** Prepositions of where a source is: "in the town", "at the hospital". */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside']);
/** The prepositions between such a person and where they are or what they belong to: "a doctor at", "residents of", "a source inside". */
export const PERSON_AT: ReadonlySet<string> = new Set([...LOCATIVES, 'of', 'from']);
export const SKIP_BEFORE_VERB = new Set([
  ...wordList('also however earlier later previously had has have would will did further then separately meanwhile late early last night morning'),
  ...wordList('evening today yesterday overnight recently subsequently publicly officially repeatedly first once again not never initially originally still now'),
  // manner adverbs between a source and its verb: "The Syrian Coalition strongly condemned"
  ...wordList('strongly firmly flatly categorically vehemently sharply harshly strenuously roundly fiercely emphatically explicitly openly formally'),
  ...wordList('swiftly quickly immediately promptly'),
]);
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'week', 'month', 'year', 'weekend', 'ramadan', 'eid', 'adha', 'fitr', 'muharram', 'nowruz', 'christmas', 'easter']);
export const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three', 'other', 'another', 'many', 'local', 'informed', 'unnamed', 'anonymous']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some', 'several', 'two', 'three', 'another', 'many', 'his', 'her', 'its', 'their']);
/** Finite verbs that end a noun phrase and open its clause: "said the militants were preventing ...". */
export const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does']);
export const BOUNDARY_WORDS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'as', 'because', 'after', 'before', 'if', 'where', 'with', 'on', 'in', 'at', 'by', 'from', 'to', 'for', 'since', 'than']);

/** The classes a sentence's words are looked up in once: each test below is a bit, not a regex. */
export const CLASSES = new WordClasses();
export interface PhraseList {
  phrases: string[];
  /** The class of the phrases' key words. */
  keyWords: number;
}
const phraseList = (xs: readonly string[]): PhraseList => {
  const phrases = lowerList(xs);
  return { phrases, keyWords: CLASSES.addPhrases(phrases.map((x) => x.trim())) };
};
export const BOILERPLATE = phraseList(cues.boilerplate);
export const ABSENCE = phraseList(cues.absence);
export const BACKGROUND = phraseList(cues.background);
export const PASSIVE_VAGUE = phraseList(cues.passiveVague);
export const TIME_MARKERS = phraseList(cues.timeMarkers);
export const NAMED_OUTLETS = lowerList(cues.namedOutlets);
export const OPINION = CLASSES.add(lowerList(cues.opinion));
export const EVENT_WORDS = new Set(lowerList(cues.eventVerbs).filter((w) => !w.includes(' ')));
export const EVENT = CLASSES.add(EVENT_WORDS);
/** The event verbs of more than one word: "broke out", "carried out", "handed over". */
export const EVENT_PHRASES = phraseList(cues.eventVerbs.filter((w) => w.includes(' ')));
/** What an eyewitness did: a cue only with a journalist or a witness as its subject (`WITNESSES`). */
export const PERCEPTION = new Set(['saw', 'witnessed']);
/** The outlets' own people: named through the outlet ("SANA reporter", "NNA correspondent"). */
export const PRESS = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'photographer', 'photographers', 'journalist', 'journalists', 'cameraman', 'videographer']);
/** Who can report what they saw: the outlets' own people and witnesses. */
export const WITNESSES = new Set([...PRESS, 'witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'resident', 'residents']);
/** "read" as a document's words: a cue only after what is written (`WRITINGS`), "the statement read". */
export const READS: ReadonlySet<string> = new Set(['read', 'reads']);
/**
 * What a source writes and can be said to read so: "A statement from the SDF read that", "the
 * letter read". (Not a banner or a sign: what they read is a slogan.)
 */
export const WRITINGS: ReadonlySet<string> = new Set(['statement', 'statements', 'communique', 'bulletin', 'message', 'letter', 'tweet', 'post', 'note']);
export const REPORTING_CUE = CLASSES.add(['according', ...PERCEPTION, ...READS, ...REPORTING_VERB_FORMS.keys()]);
/**
 * "per": a source after it only where it opens the sentence or a clause ("Per the Observatory,");
 * "per cent" is most of its uses.
 */
export const PER = CLASSES.add(['per']);
/** Historical present of headlines and timelines: "Assad sacks the governor", "Regime forces seize". */
export const HEADLINE_PRESENT = CLASSES.add(wordList('sacks seize seizes launch launches oust ousts captures kills hits takes enters pushes agree agrees announce announces declares begins expand expands boosts benefit benefits open opens vows warns says urges slams rejects condemns accuses denies claims calls retakes storms strikes bombs shells targets pounds fires repels foils frees downs arrests detains'));
export const PAST_OR_PERFECT = CLASSES.add(wordList('was were has have had been did said told reported killed wounded injured died seized captured took launched struck fired targeted destroyed entered attacked exploded detonated left leaving killing wounding injuring'));
export const LEAD_VERBS = CLASSES.add(wordList('was were has have had been is are took said will'));
export const FINITE = CLASSES.add(wordList('was were has have had is are'));
export const PERFECT = CLASSES.add(wordList('had has have'));
/** Past-tense event verbs: with an agent they report something that happened. */
export const PAST_EVENT = CLASSES.add(wordList('killed destroyed targeted struck seized captured attacked shelled bombed dropped fired exploded detonated erupted clashed ambushed stormed raided pounded downed repelled foiled regained retook executed beheaded abducted kidnapped arrested detained blew crashed razed damaged hit sent launched advanced entered bombarded recaptured overran encircled'));
export const HURT = CLASSES.add(wordList('killed wounded injured executed abducted kidnapped arrested'));
export const CASUALTY_WORDS = new Set(wordList('killed killing kills dead died death deaths toll wounded wounding injured injuring injuries martyr martyrs casualties lives bodies massacre executed massacred slain perished'));
export const CASUALTY = CLASSES.add(CASUALTY_WORDS);
export const CASUALTY_RE = new RegExp(`\\b(${[...CASUALTY_WORDS].join('|')})\\b`);
export const MANY = CLASSES.add(wordList('dozens scores hundreds tens'));
export const GOES_ON = CLASSES.add(wordList('also added adds continued'));
export const STATEMENT = CLASSES.add(['statement']);
/** Verbs of a relative clause that tell what a source is or does: "which advocates", "who runs", "that supports". */
export const DESCRIBING: ReadonlySet<string> = new Set(wordList('advocates supports backs runs heads leads monitors tracks represents operates uses opposes controls covers documents funds manages owns'));
/** Those verbs and "has" ("which has a network of"): a sentence without one has no such clause. */
export const DESCRIBING_VERB = CLASSES.add([...DESCRIBING, 'has']);
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = CLASSES.add(MONTHS);
/** Not a word: a number token that may be a year (19xx, 20xx). */
export const YEAR = CLASSES.add([]);
export const UNITS = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|km|kilometres?|kilometers?|miles?|metres?|meters?|square|percent|per|times|am|pm|gmt)$/;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (body: string): RegExp => new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'u');
interface PhraseMatcher {
  loose: RegExp;
  any: RegExp;
  /** The phrases as written in the text (trimmed). */
  literals: string[];
  /** Each phrase's whole-word test, compiled the first time its text occurs. */
  each: (RegExp | undefined)[];
}
const phraseMatchers = new Map<PhraseList, PhraseMatcher>();
/**
 * The first phrase of the list found in the sentence as whole words. A sentence without any of
 * the phrases' key words has none (the common case, a bit test); else a plain alternation
 * without the word-boundary lookarounds answers "none" in one cheap pass; only a hit pays for the
 * whole-word test and for finding which phrase comes first, and only phrases whose text occurs
 * are tested (compiling every phrase's test up front was a quarter of a five-article run).
 */
export function containsPhrase(sentence: { lower: string; mask: number }, list: PhraseList): string | null {
  if (!mayHave(sentence.mask, list.keyWords)) return null;
  const { lower } = sentence;
  const { phrases } = list;
  let m = phraseMatchers.get(list);
  if (!m) {
    const literals = phrases.map((p) => p.trim());
    const alternation = literals.map(escapeRegex).join('|');
    m = { loose: new RegExp(alternation), any: wholeWords(alternation), literals, each: [] };
    phraseMatchers.set(list, m);
  }
  if (!m.loose.test(lower) || !m.any.test(lower)) return null;
  for (let i = 0; i < phrases.length; i++) {
    if (!lower.includes(m.literals[i])) continue;
    const test = (m.each[i] ??= wholeWords(escapeRegex(m.literals[i])));
    if (test.test(lower)) return phrases[i];
  }
  return null;
}
