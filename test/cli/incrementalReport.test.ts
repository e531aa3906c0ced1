import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, DEV_CORPUS } from '../support/paths';
import { seedsCopy } from '../support/run';

/**
 * After a change to the corpus, a `--cache` run copies the previous report's parts of the files
 * the change cannot reach; its report must be byte for byte the report of a run without a cache.
 */
describe('corpus-lint --cache after a change to the corpus', () => {
  const devArticles = readdirSync(join(DEV_CORPUS, 'articles')).sort();

  for (const format of ['json', 'github', 'text']) {
    it(`reports anew only the articles a change reaches, and the same report as a full run (${format})`, () => {
      const { dir, seeds, cleanup } = seedsCopy();
      try {
        // the seeds and 40 real articles: spellings, figures and sources shared across articles
        for (const f of devArticles.slice(0, 40)) copyFileSync(join(DEV_CORPUS, 'articles', f), join(seeds, f));
        const lint = (cache: boolean): { out: string; stderr: string } => {
          const args = [CLI, 'seeds', '--format', format, '--output-file', 'report.out', ...(cache ? ['--cache'] : [])];
          const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, CORPUS_LINT_TIMING: '1', NO_COLOR: '1' } });
          assert.ok(r.status === 0 || r.status === 1, r.stderr);
          return { out: readFileSync(join(dir, 'report.out'), 'utf8'), stderr: r.stderr };
        };
        const copiedCount = (stderr: string): number => Number(/(\d+) copied from the previous report/.exec(stderr)?.[1] ?? -1);
        lint(true);
        const files = (): string[] => readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
        const edit = (name: string, from: RegExp, to: string): void => {
          const path = join(seeds, name);
          const text = readFileSync(path, 'utf8');
          assert.match(text, from, `${name} has something to change`);
          writeFileSync(path, text.replace(from, to));
        };
        const steps: [string, () => void][] = [
          ['an article added', () => copyFileSync(join(DEV_CORPUS, 'articles', devArticles[100]), join(seeds, 'added.txt'))],
          ['a spelling changed', () => edit(files().find((f) => /\bRaqqa\b/.test(readFileSync(join(seeds, f), 'utf8'))) as string, /\bRaqqa\b/, 'Raqqah')],
          ['a figure changed', () => edit(files().find((f) => /\b\d,\d{3}\b/.test(readFileSync(join(seeds, f), 'utf8'))) as string, /\b(\d),(\d{3})\b/, '$1,9$2')],
          ['a paragraph put first (every offset after it moves)', () => edit(files()[3], /^/, 'At least 4,000 fighters remain in Deir Ezzour, the Observatory said.\n\n')],
          ['an article removed', () => rmSync(join(seeds, files()[6]))],
          ['an article no longer readable', () => writeFileSync(join(seeds, files()[8]), Buffer.from([0, 1, 2, 0xff, 0xfe]))],
          ['five articles changed at once', () => files().slice(10, 15).forEach((f) => writeFileSync(join(seeds, f), `${readFileSync(join(seeds, f), 'utf8')}\nISIL fighters killed 12 civilians, a monitor said.\n`))],
        ];
        for (const [what, change] of steps) {
          change();
          const cached = lint(true);
          const copied = copiedCount(cached.stderr);
          assert.ok(copied > 0 && copied < files().length, `${what}: some parts copied, some made anew (${cached.stderr})`);
          assert.equal(cached.out, lint(false).out, `${what}: the same report as a run without a cache`);
        }
        // A header that does not fit its report (here: parts past its end) is not used.
        const header = join(dir, '.corpuslintcache.report.json');
        const h = JSON.parse(readFileSync(header, 'utf8')) as { files: [string, string, number, number][] };
        h.files[0][2] = 1e9;
        writeFileSync(header, JSON.stringify(h));
        edit(files()[0], /\.\s*$/, '. ISIS fighters shelled the town.\n');
        const broken = lint(true);
        assert.equal(copiedCount(broken.stderr), -1, 'reported whole');
        assert.equal(broken.out, lint(false).out);
      } finally {
        cleanup();
      }
    });
  }
});
