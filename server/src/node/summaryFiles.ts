/**
 * Summary files for sharded runs: each shard writes the summaries of its articles
 * (`--summary-out`), and any run can add the others' (`--with-summaries`) so corpus rules see the
 * whole corpus while each shard reports on its own articles.
 */
import { promises as fs } from 'node:fs';
import type { DocumentSummary } from '../core/analysis/summary';
import { UsageError } from './discover';

export const SUMMARY_FORMAT = 'corpus-lint-summaries/5';

export async function writeSummaryFile(path: string, summaries: readonly DocumentSummary[]): Promise<void> {
  const body = JSON.stringify({ format: SUMMARY_FORMAT, summaries });
  try {
    await fs.writeFile(path, body);
  } catch (err) {
    throw new UsageError(`${path}: cannot write summaries: ${(err as Error).message}`);
  }
}

export async function readSummaryFiles(paths: readonly string[]): Promise<DocumentSummary[]> {
  const out: DocumentSummary[] = [];
  for (const path of paths) {
    let data: { format?: string; summaries?: DocumentSummary[] };
    try {
      data = JSON.parse(await fs.readFile(path, 'utf8'));
    } catch (err) {
      throw new UsageError(`${path}: cannot read summaries: ${(err as Error).message}`);
    }
    if (data.format !== SUMMARY_FORMAT || !Array.isArray(data.summaries)) {
      throw new UsageError(`${path}: not a corpus-lint summary file (expected format ${SUMMARY_FORMAT})`);
    }
    // one by one: a spread of a large shard's summaries (over ~100,000) overflows the stack
    for (const summary of data.summaries) out.push(summary);
  }
  return out;
}
