/**
 * The CLI's articles, read one by one as the analysis takes them: each file read is recorded in
 * `sources` (its text, or why it is not an article) and its content hash in `hashes`, and the
 * readable ones are handed on. Reading yields to the event loop now and then, so the workers'
 * summaries are taken in while the rest is read.
 */
import { pathToFileURL } from 'node:url';
import { fnv1a } from '../core/text/hash';
import { readArticleSync } from '../node/articles';
import type { AnalysisInput } from '../node/pool';
import type { SourceFile } from './formatters/report';

const YIELD_EVERY = 256;

export async function* readSources(
  files: readonly string[],
  maxBytes: number,
  sources: SourceFile[],
  hashes: Map<string, string>,
): AsyncGenerator<AnalysisInput & { hash: string }> {
  for (let i = 0; i < files.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
    const path = files[i];
    const uri = pathToFileURL(path).href;
    const read = readArticleSync(path, maxBytes);
    if (!read.ok) {
      sources.push({ path, uri, text: null, problem: read.problem });
      continue;
    }
    sources.push({ path, uri, text: read.text });
    const hash = fnv1a(read.text);
    hashes.set(uri, hash);
    yield { uri, version: 0, text: read.text, hash };
  }
}

/** Everything the generator gives, read to the end. */
export async function readAll<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
