/**
 * Publishing diagnostics: what the server sends for each article, when, and how much at a time.
 * A scan publishes through a small window of messages waiting to be written; an edit publishes
 * its article at once and the articles it affects a few milliseconds' worth per turn of the event
 * loop; articles whose related locations only moved wait for a pause in typing. What was sent is
 * remembered as a key, with each article's problem count and their running total.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { fnv1a } from '../core/text/hash';
import type { StageClock } from '../node/stages';
import { diagnosticsKey, SOURCE, toDiagnostic, type PositionMap } from './convert';
import type { Corpus } from './corpus';
import { capProblems, hiddenMessage } from './problemCap';

/** How long typing must pause before articles whose related locations moved are re-published. */
const MOVED_DELAY_MS = 500;
/** How long one turn of the event loop publishes the articles an edit affects. */
const SLICE_MS = 4;
/**
 * Messages a scan lets wait to be written: queued messages hold their diagnostics until the
 * client has read them, and a scan of 10,000 articles queued at once held them all (hundreds of MB).
 */
const PUBLISH_WINDOW = 8;
/** The key of a publication sent without hashing (see `publishOne`). */
const UNHASHED = '';
/** The key of a publication of no diagnostics (an article with no text to map). */
const NOTHING = 'nothing';

type Unhashed = 'never' | 'first' | 'always';
/** Two publications of an article asked for while one was written make one, sent as the stronger asks. */
const STRENGTH: Record<Unhashed, number> = { never: 0, first: 1, always: 2 };

export class DiagnosticsPublisher {
  /** uri -> key of the diagnostics last sent (a hash, not the JSON: 10k articles stay small) */
  private readonly published = new Map<string, string>();
  private readonly problemCount = new Map<string, number>();
  /** The sum of problemCount, kept as it changes (the status after each keystroke reports it). */
  private problemTotal = 0;
  /** Articles an edit affects, waiting for their turn (`publishSoon`). */
  private readonly soon = new Set<string>();
  private soonScheduled = false;
  private movedTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly movedCorpora = new Set<Corpus>();
  /** Articles whose last publication the stream has not taken yet (a client reading slowly). */
  private readonly writing = new Set<string>();
  /** Publications asked for while the last one was being written: only the newest goes out. */
  private readonly waiting = new Map<string, Unhashed>();

  constructor(
    private readonly connection: Connection,
    private readonly corpusFor: (uri: string) => Corpus | undefined,
    private readonly logError: (what: string, err: unknown) => void,
  ) {}

  /** Problems in every article published. */
  get totalProblems(): number {
    return this.problemTotal;
  }

  /** The articles published (with diagnostics or none) and not cleared since. */
  publishedUris(): string[] {
    return [...this.published.keys()];
  }

  get publishedCount(): number {
    return this.published.size;
  }

  /**
   * Publishes an article's diagnostics if they changed; the promise settles once they are written.
   * What was sent is remembered as a key of the findings it was made from (`diagnosticsKey`), so
   * an edit that "affects" an article without changing its diagnostics converts and sends
   * nothing. Sent without hashing (`unhashed`): an article published for the first time
   * ('first': a scan of 10,000 articles spent 1.5 s on it) and the article just edited
   * ('always': its positions have moved, so it has changed); the next publication of either is
   * then sent whatever it holds, and hashed. `clock` times the stages.
   * Nothing is sent now (undefined) when nothing changed, or while the article's last
   * publication waits to be written: then the newest goes out after it.
   */
  publishOne(uri: string, unhashed: Unhashed = 'never', clock?: StageClock): Promise<void> | undefined {
    if (this.writing.has(uri)) {
      // The client has not read the last one: a 10 MB article's 80 MB of diagnostics, queued at
      // every keystroke, held gigabytes. This one goes out, with what is current then, once
      // that one is written; later ones replace it.
      const before = this.waiting.get(uri);
      this.waiting.set(uri, before === undefined || STRENGTH[unhashed] > STRENGTH[before] ? unhashed : before);
      return undefined;
    }
    try {
      const corpus = this.corpusFor(uri);
      const state = corpus?.articles.get(uri);
      const before = this.published.get(uri);
      const hashed = !(unhashed === 'always' || (unhashed === 'first' && before === undefined));
      let key = UNHASHED;
      let diagnostics: Diagnostic[] = [];
      let problems = 0;
      if (corpus && state?.problem) {
        const message = `Not linted: ${state.problem}`;
        diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: SOURCE, message }];
        problems = 1;
        if (hashed) key = fnv1a(message);
      } else if (corpus && state) {
        // An open article whose change is still pending is published by its own analysis.
        if (state.open && corpus.summary(uri)?.version !== state.open.version) return undefined;
        const map = corpus.positionMap(uri);
        if (map) {
          const findings = corpus.findings(uri);
          clock?.lap('findings');
          const max = corpus.maxProblems;
          // compared before converting: most articles an edit affects show what they showed
          const mapFor = (u: string): PositionMap | undefined => corpus.positionMap(u);
          if (hashed) key = diagnosticsKey(findings, max, corpus.summary(uri)?.hash ?? '', mapFor);
          if (key !== UNHASHED && key === before) return undefined;
          const { shown, hidden, firstHidden } = capProblems(findings, max);
          diagnostics = shown.map((f) => toDiagnostic(f, map, mapFor));
          if (firstHidden) {
            const at = map.range(firstHidden.start, firstHidden.start);
            diagnostics.push({ range: at, severity: DiagnosticSeverity.Information, source: SOURCE, message: hiddenMessage(hidden, max) });
          }
          problems = findings.length;
          clock?.lap('convert');
        }
      }
      if (hashed && key === UNHASHED) key = NOTHING;
      if (before === key && key !== UNHASHED) return undefined;
      this.published.set(uri, key);
      // every problem, shown or not: the status bar counts what the CLI would report
      this.setProblems(uri, problems);
      const version = state?.open ? corpus?.summary(uri)?.version : undefined;
      const sent = this.connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
      clock?.lap('send');
      this.writing.add(uri);
      const written = (): void => {
        this.writing.delete(uri);
        const next = this.waiting.get(uri);
        if (next === undefined) return;
        this.waiting.delete(uri);
        void this.publishOne(uri, next);
      };
      sent.then(written, written);
      return sent;
    } catch (err) {
      this.logError(`publishing ${uri}`, err);
      return undefined;
    }
  }

  publish(uris: Iterable<string>): void {
    for (const uri of uris) void this.publishOne(uri);
  }

  /** Publishes many articles (a scan) with at most PUBLISH_WINDOW messages waiting to be written. */
  async publishAll(uris: Iterable<string>): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const uri of uris) {
      const sent = this.publishOne(uri, 'first');
      if (!sent) continue;
      pending.push(sent.catch(() => undefined));
      if (pending.length >= PUBLISH_WINDOW) await pending.shift();
    }
    await Promise.all(pending);
  }

  /** Takes back an article's diagnostics (it is no longer an article, or no longer there). */
  clear(uri: string): void {
    if (!this.published.has(uri)) return;
    this.published.delete(uri);
    this.waiting.delete(uri);
    this.setProblems(uri, undefined);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Articles waiting to be re-published after an edit, published a few milliseconds' worth per
   * turn of the event loop so that the next keystroke is never queued behind them.
   */
  publishSoon(uris: Iterable<string>): void {
    for (const u of uris) this.soon.add(u);
    if (this.soonScheduled || this.soon.size === 0) return;
    this.soonScheduled = true;
    const step = (): void => {
      const until = performance.now() + SLICE_MS;
      for (const u of this.soon) {
        this.soon.delete(u);
        this.publish([u]);
        if (performance.now() >= until) break;
      }
      if (this.soon.size > 0) setImmediate(step);
      else this.soonScheduled = false;
    };
    setImmediate(step);
  }

  /**
   * Articles whose related locations only moved (text shifted in the edited article) are
   * re-published when the user pauses, so typing never waits for a whole scope of articles.
   */
  publishMovedLater(corpus: Corpus): void {
    if (!corpus.linter.hasMoved()) return;
    this.movedCorpora.add(corpus);
    if (this.movedTimer) clearTimeout(this.movedTimer);
    this.movedTimer = setTimeout(() => {
      this.movedTimer = undefined;
      // resolved to articles only now: a keystroke never walks a scope's thousands of articles
      for (const c of this.movedCorpora) this.publishSoon(c.linter.takeMoved());
      this.movedCorpora.clear();
    }, MOVED_DELAY_MS);
  }

  private setProblems(uri: string, n: number | undefined): void {
    this.problemTotal += (n ?? 0) - (this.problemCount.get(uri) ?? 0);
    if (n === undefined) this.problemCount.delete(uri);
    else this.problemCount.set(uri, n);
  }
}
