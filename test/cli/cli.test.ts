import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { main } from '../../server/src/cli/main';
import { useBatchV8Flags } from '../../server/src/cli/v8Flags';
import { summarize } from '../../server/src/core/analysis/summarize';
import { SETTLED_MS } from '../../server/src/node/fileStamps';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { CLI, ROOT, SHARED } from '../support/paths';
import { runCli, seedsCopy, tempDir, write } from '../support/run';

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  related?: { filePath: string; line: number; column: number; message?: string }[];
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

function seedsJson(): JsonFile[] {
  const run = runCli(['seeds', '--format', 'json'], ROOT);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as JsonFile[];
}

const textAt = (file: string, m: { line: number; column: number; endColumn: number }): string =>
  readFileSync(file, 'utf8').split('\n')[m.line - 1].slice(m.column - 1, m.endColumn - 1);

describe('corpus-lint on the seeds', () => {
  const report = seedsJson();
  const file = (prefix: string): JsonFile => report.find((f) => f.filePath.includes(`/seeds/${prefix}`)) as JsonFile;
  const flagged = (prefix: string, rule: string): string[] => file(prefix).messages.filter((m) => m.ruleId === rule).map((m) => textAt(file(prefix).filePath, m));

  it('reports Raqqah in 002 with the fix Raqqa', () => {
    const m = file('002').messages.find((x) => x.ruleId === 'spelling-variant' && textAt(file('002').filePath, x) === 'Raqqah');
    assert.equal(m?.fix?.text, 'Raqqa');
  });
  it('links Deir Ezzour in 004 to Deir Ezzor in 002 and 003', () => {
    const m = file('004').messages.find((x) => x.ruleId === 'spelling-variant' && textAt(file('004').filePath, x) === 'Deir Ezzour');
    assert.equal(m?.fix?.text, 'Deir Ezzor');
    const linked = new Set(m?.related?.map((r) => r.filePath.match(/\/(\d{3})_/)?.[1]));
    assert.ok(linked.has('002') && linked.has('003'), [...linked].join(','));
  });
  it('reports Bashar al Assad in 002 against Bashar al-Assad in 004', () => {
    assert.ok(flagged('002', 'spelling-variant').includes('Bashar al Assad'));
    assert.ok(!flagged('004', 'spelling-variant').includes('Bashar al-Assad'));
  });
  it('reports ISIL in 001 and Daesh in 004 as aliases of ISIS', () => {
    assert.ok(flagged('001', 'entity-alias').includes('ISIL'));
    assert.ok(flagged('004', 'entity-alias').includes('Daesh'));
    const daesh = file('004').messages.find((x) => x.ruleId === 'entity-alias' && textAt(file('004').filePath, x) === 'Daesh');
    assert.equal(daesh?.severity, 1);
  });
  it('reports the 3,000-4,000 vs 2,500 fighters conflict between 001 and 003, with related locations', () => {
    const a = file('001').messages.find((x) => x.ruleId === 'figure-conflict');
    const b = file('003').messages.find((x) => x.ruleId === 'figure-conflict');
    assert.ok(a && b);
    assert.equal(textAt(file('001').filePath, a), '3,000 to 4,000');
    assert.equal(textAt(file('003').filePath, b), '2,500');
    assert.ok(a.related?.some((r) => r.filePath === file('003').filePath && r.line === b.line && r.column === b.column));
    assert.ok(b.related?.some((r) => r.filePath === file('001').filePath && r.line === a.line && r.column === a.column));
  });
  it('reports the unattributed quote in 001', () => {
    assert.ok(flagged('001', 'unattributed-quote').some((t) => t.startsWith('"In Syria, we regard these forces')));
  });
  it('finds no conflict among the 45, 80 and 80 percent figures', () => {
    assert.deepEqual(flagged('000', 'figure-conflict'), []);
    assert.deepEqual(flagged('004', 'figure-conflict'), []);
  });
});

describe('corpus-lint formats', () => {
  it('json follows the ESLint shape with 1-based UTF-16 columns', () => {
    const dir = tempDir();
    write(dir, 'a.txt', '😀 Raqqa fell.\nRaqqa burned.');
    write(dir, 'b.txt', 'Raqqah fell.');
    const run = runCli(['.', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual(report.map((f) => f.filePath), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const m = report[1].messages.find((x) => x.ruleId === 'spelling-variant');
    assert.deepEqual([m?.line, m?.column, m?.endLine, m?.endColumn], [1, 1, 1, 7]);
    assert.deepEqual(m?.fix, { range: [0, 6], text: 'Raqqa' });
    assert.deepEqual(m?.related?.[0] && [m.related[0].line, m.related[0].column], [1, 4], 'the emoji counts two code units');
  });

  it('sarif is valid SARIF 2.1.0 against the OASIS schema', () => {
    const schema = JSON.parse(readFileSync(join(SHARED, 'schemas/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const run = runCli(['seeds', '--format', 'sarif'], ROOT);
    const sarif = JSON.parse(run.stdout) as { runs: { results: unknown[]; tool: { driver: { rules: { id: string }[] } } }[] };
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const results = sarif.runs[0].results as { ruleId: string; relatedLocations?: unknown[]; fixes?: unknown[] }[];
    assert.ok(results.some((r) => r.ruleId === 'figure-conflict' && (r.relatedLocations?.length ?? 0) > 0));
    assert.ok(results.some((r) => r.ruleId === 'spelling-variant' && (r.fixes?.length ?? 0) > 0));
    assert.deepEqual(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort(), ['entity-alias', 'figure-conflict', 'spelling-variant', 'unattributed-claim', 'unattributed-quote', 'weak-attribution']);
    // written a result at a time, laid out as JSON.stringify lays out the whole document
    assert.equal(run.stdout, `${JSON.stringify(sarif, null, 2)}\n`);
  });

  it('sarif of a corpus with no problems has an empty results list', () => {
    const dir = tempDir();
    try {
      write(dir, 'clean.txt', 'The weather was mild.\n');
      const run = runCli([dir, '--format', 'sarif'], dir);
      assert.equal(run.status, 0, run.stderr);
      const sarif = JSON.parse(run.stdout) as { runs: { results: unknown[]; artifacts: unknown[] }[] };
      assert.deepEqual(sarif.runs[0].results, []);
      assert.equal(sarif.runs[0].artifacts.length, 1);
      assert.equal(run.stdout, `${JSON.stringify(sarif, null, 2)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('github prints workflow annotations', () => {
    const run = runCli(['seeds', '--format', 'github'], ROOT);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=seeds\/\d{3}_[0-9a-f]+\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(l)), lines.find((l) => !l.startsWith('::')));
    assert.ok(lines.some((l) => l.startsWith('::warning ') && l.includes('title=spelling-variant::"Raqqah" → "Raqqa"')));
  });

  it('text is path:line:col  severity  message  rule-id with a summary line', () => {
    const run = runCli(['seeds', '--no-color'], ROOT);
    assert.match(run.stdout, /^seeds\/002_fbea8be6aa26a62d\.txt:10:48 {2}warning {2}"Raqqah" → "Raqqa": .* {2}spelling-variant$/m);
    assert.match(run.stdout, /^✖ \d+ problems \(0 errors, \d+ warnings, \d+ info\/hint\) in 5 articles$/m);
  });
});

describe('corpus-lint on a terminal', () => {
  const onTerminal = async (args: string[]): Promise<string> => {
    const out: Buffer[] = [];
    const code = await main(args, { cwd: ROOT, stdout: (x) => out.push(Buffer.from(x)), stderr: () => undefined, isTTY: true });
    assert.equal(code, 0);
    return Buffer.concat(out).toString('utf8');
  };

  it('colours the text report, unless --no-color or NO_COLOR says not to', async () => {
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      const coloured = (out: string): boolean => out.includes('\u001b[');
      assert.ok(coloured(await onTerminal(['seeds'])));
      assert.ok(!coloured(await onTerminal(['seeds', '--no-color'])));
      process.env.NO_COLOR = '1';
      const plain = await onTerminal(['seeds']);
      assert.ok(!coloured(plain));
      assert.match(plain, /"Raqqah" → "Raqqa"/);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});

describe('corpus-lint exit codes', () => {
  it('0 without errors, 1 with errors, 1 over --max-warnings, 2 for usage errors', () => {
    assert.equal(runCli(['seeds'], ROOT).status, 0);
    assert.equal(runCli(['seeds', '--max-warnings', '3'], ROOT).status, 1);
    const dir = seedsCopy();
    try {
      writeFileSync(join(dir.dir, '.corpuslintrc.json'), JSON.stringify({ rules: { 'spelling-variant': 'error' } }));
      const run = runCli(['seeds'], dir.dir);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /error {2}"Raqqah"/);
    } finally {
      dir.cleanup();
    }
    const bad = runCli(['seeds', '--format', 'xml'], ROOT);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'corpus-lint: --format: expected one of text, json, sarif, github, got "xml"\nRun corpus-lint --help for the options.\n');
    const missing = runCli(['no-such-folder'], ROOT);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'corpus-lint: no-such-folder: no such file or directory\n');
  });

  it('--rule sets a severity over the configuration, in the report and the cache', () => {
    const dir = seedsCopy();
    try {
      writeFileSync(join(dir.dir, '.corpuslintrc.json'), JSON.stringify({ rules: { 'spelling-variant': 'error' } }));
      const cache = join(dir.dir, 'lint-cache');
      assert.equal(runCli(['seeds', '--cache-location', cache], dir.dir).status, 1);
      // the same corpus with other severities: not the cached report
      const run = runCli(['seeds', '--cache-location', cache, '-f', 'json', '--rule', 'spelling-variant:warning', '--rule=unattributed-claim:off,weak-attribution:off'], dir.dir);
      assert.equal(run.status, 0, run.stderr);
      const messages = (JSON.parse(run.stdout) as JsonFile[]).flatMap((f) => f.messages);
      assert.ok(messages.some((m) => m.ruleId === 'spelling-variant' && m.severity === 1));
      assert.ok(!messages.some((m) => m.ruleId === 'spelling-variant' && m.severity === 2));
      assert.ok(!messages.some((m) => m.ruleId === 'unattributed-claim' || m.ruleId === 'weak-attribution'));
      assert.ok(messages.some((m) => m.ruleId === 'figure-conflict'));
      const bad = runCli(['seeds', '--rule', 'spelling-variant'], dir.dir);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /^corpus-lint: --rule spelling-variant: expected a severity, one of off, hint, info, warning, error/);
      assert.match(runCli(['seeds', '--rule', 'spelling:off'], dir.dir).stderr, /^corpus-lint: --rule: unknown rule "spelling"/);
    } finally {
      dir.cleanup();
    }
  });

  it('2 with a one-line message for a broken configuration', () => {
    const dir = seedsCopy();
    try {
      writeFileSync(join(dir.dir, '.corpuslintrc.json'), '{ "rules": { "spelling-variant": "warning", } }');
      const run = runCli(['seeds'], dir.dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^corpus-lint: .*\.corpuslintrc\.json: invalid JSON at line 1, column \d+: .+\n$/);
      writeFileSync(join(dir.dir, '.corpuslintrc.json'), JSON.stringify({ rules: { 'spelling-variant': 'loud' } }));
      const run2 = runCli(['seeds'], dir.dir);
      assert.equal(run2.status, 2);
      assert.match(run2.stderr, /\.corpuslintrc\.json: rules\.spelling-variant: expected one of off, hint, info, warning, error\n$/);
    } finally {
      dir.cleanup();
    }
  });
});

describe('corpus-lint --stdin', () => {
  it('lints the article on standard input against the corpus the paths form, and reports it alone', () => {
    const draft = 'About 6,000 ISIS fighters defend Raqqah, the coalition said on Sunday.\nThe city fell in 2014.\n';
    const run = runCli(['--stdin', '--stdin-filename', 'drafts/new.txt', '-f', 'json', 'seeds'], ROOT, draft);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual(report.map((f) => f.filePath), [join(ROOT, 'drafts/new.txt')]);
    const byRule = new Map(report[0].messages.map((m) => [m.ruleId, m]));
    // the corpus's spelling and its figures, with links into the seeds
    assert.equal(byRule.get('spelling-variant')?.fix?.text, 'Raqqa');
    const conflict = byRule.get('figure-conflict');
    assert.match(conflict?.message ?? '', /conflicts with 3,000-4,000 fighters .* stated in 001_75a363b080b93bbf\.txt/);
    assert.ok(conflict?.related?.some((r) => r.filePath.endsWith('seeds/003_f6ccdedc63dd298a.txt') && r.line === 19));
    // alone, the draft has nothing to disagree with; --fix-dry-run prints its diff
    const alone = runCli(['--stdin', '--fix-dry-run'], ROOT, draft);
    assert.equal(alone.status, 0, alone.stderr);
    assert.ok(!alone.stdout.includes('figure-conflict'));
    assert.ok(!alone.stdout.includes('--- a/stdin.txt'), 'one spelling, no variant');
    const diff = runCli(['--stdin', '--fix-dry-run', 'seeds'], ROOT, draft);
    assert.match(diff.stdout, /^--- a\/stdin\.txt\n\+\+\+ b\/stdin\.txt\n@@ -1,2 \+1,2 @@\n-About 6,000 ISIS fighters defend Raqqah,/);
  });

  it('takes the text on standard input for the file of its name, and reports bad input and misuse', () => {
    const name = readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith('002_')) as string;
    const fixed = readFileSync(join(ROOT, 'seeds', name), 'utf8').replaceAll('Raqqah', 'Raqqa');
    const run = runCli(['--stdin', '--stdin-filename', `seeds/${name}`, '-f', 'json', 'seeds'], ROOT, fixed);
    const [file] = JSON.parse(run.stdout) as JsonFile[];
    assert.ok(file.messages.some((m) => m.ruleId === 'unattributed-claim'));
    assert.ok(!file.messages.some((m) => m.ruleId === 'spelling-variant' && m.fix?.text === 'Raqqa'));
    const binary = runCli(['--stdin', '-f', 'json', 'seeds'], ROOT, new Uint8Array([0x41, 0, 0x42]));
    assert.equal(binary.status, 1);
    assert.match((JSON.parse(binary.stdout) as JsonFile[])[0].messages[0].message, /^standard input: binary file \(NUL byte at offset 1\); not linted$/);
    assert.equal(runCli(['--stdin', '--fix', 'seeds'], ROOT, 'x').status, 2);
    const orphan = runCli(['--stdin-filename', 'a.txt', 'seeds'], ROOT);
    assert.equal(orphan.status, 2);
    assert.match(orphan.stderr, /^corpus-lint: --stdin-filename needs --stdin\n/);
  });
});

describe('corpus-lint --fix', () => {
  it('applies the safe fixes in place and reports what it changed', () => {
    const dir = seedsCopy();
    try {
      const before = readdirSync(dir.seeds).map((f) => readFileSync(join(dir.seeds, f), 'utf8'));
      const run = runCli(['seeds', '--fix', '--format', 'json'], dir.dir);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^corpus-lint: fixed \d+ problems in \d+ files\.\n$/);
      const after = readdirSync(dir.seeds).map((f) => readFileSync(join(dir.seeds, f), 'utf8'));
      assert.ok(after[2].includes('the loss of Raqqa and Mosul'), 'Raqqah became Raqqa');
      assert.ok(after[4].includes('to Deir Ezzor, according to'), 'Deir Ezzour became Deir Ezzor');
      assert.ok(before[2].includes('Raqqah'));
      const report = JSON.parse(run.stdout) as JsonFile[];
      assert.equal(report.flatMap((f) => f.messages).filter((m) => m.ruleId === 'spelling-variant').length, 0, 'the report is made after the fixes');
      assert.deepEqual(readdirSync(dir.seeds).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left');
    } finally {
      dir.cleanup();
    }
  });

  it('--fix-dry-run prints a diff and changes nothing', () => {
    const dir = seedsCopy();
    try {
      const before = readFileSync(join(dir.seeds, '002_fbea8be6aa26a62d.txt'), 'utf8');
      const run = runCli(['seeds', '--fix-dry-run'], dir.dir);
      assert.match(run.stdout, /^--- a\/seeds\/002_fbea8be6aa26a62d\.txt\n\+\+\+ b\/seeds\/002_fbea8be6aa26a62d\.txt\n@@ /m);
      assert.match(run.stdout, /^-While the US military insists that the loss of Raqqah and Mosul/m);
      assert.match(run.stdout, /^\+While the US military insists that the loss of Raqqa and Mosul/m);
      assert.equal(readFileSync(join(dir.seeds, '002_fbea8be6aa26a62d.txt'), 'utf8'), before);
    } finally {
      dir.cleanup();
    }
  });

  it('keeps BOMs and CRLF line ends of the files it fixes', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Raqqa fell.\r\nRaqqa burned.\r\n');
    write(dir, 'b.txt', '\uFEFFThe city of Raqqah fell.\r\nIt was over.\r\n');
    const report = JSON.parse(runCli(['.', '--format', 'json'], dir).stdout) as JsonFile[];
    const raqqah = report.find((f) => f.filePath.endsWith('b.txt'))?.messages.find((m) => m.ruleId === 'spelling-variant');
    assert.deepEqual([raqqah?.line, raqqah?.column, raqqah?.endColumn], [1, 13, 19], 'columns as editors show them, without the BOM');
    const run = runCli(['.', '--fix'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), '\uFEFFThe city of Raqqa fell.\r\nIt was over.\r\n');
  });
});

describe('corpus-lint on bad input', () => {
  it('reports binary, invalid UTF-8 and oversized files and lints the rest', () => {
    const dir = tempDir();
    write(dir, 'good.txt', 'Raqqa fell. Raqqa burned.');
    write(dir, 'good2.txt', 'Raqqah fell.');
    write(dir, 'binary.txt', Uint8Array.from([0x52, 0x61, 0x00, 0x01, 0x02]));
    write(dir, 'latin1.txt', Uint8Array.from([0x52, 0x61, 0x71, 0x71, 0x61, 0x20, 0xe9, 0x74, 0xe9]));
    write(dir, 'huge.txt', 'Raqqa. '.repeat(200_000));
    write(dir, 'empty.txt', '');
    const run = runCli(['.', '--format', 'json', '--max-file-size', '1'], dir);
    assert.equal(run.status, 1, 'unreadable articles are errors');
    const report = JSON.parse(run.stdout) as JsonFile[];
    const byName = new Map(report.map((f) => [f.filePath.split('/').pop(), f]));
    assert.match(byName.get('binary.txt')?.messages[0].message ?? '', /^binary file \(NUL byte at offset 2\); not linted$/);
    assert.match(byName.get('latin1.txt')?.messages[0].message ?? '', /^invalid UTF-8 at byte 6; not linted/);
    assert.match(byName.get('huge.txt')?.messages[0].message ?? '', /^file is 1\.3 MB, over the 1\.0 MB limit/);
    assert.deepEqual(byName.get('empty.txt')?.messages, []);
    assert.equal(byName.get('good2.txt')?.messages.find((m) => m.ruleId === 'spelling-variant')?.fix?.text, 'Raqqa');
  });

  it('lints an article dense with figures (150,000 tolls in 1.2 MB) beside the others', () => {
    const dir = tempDir();
    write(dir, 'dense.txt', '5 died. '.repeat(150_000));
    write(dir, 'a.txt', 'The Observatory said 25 people were killed in Raqqa on Monday. The state news agency SANA said 12 people were killed in Raqqa on Monday.');
    const run = runCli(['.', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonFile[];
    const byName = new Map(report.map((f) => [f.filePath.split('/').pop(), f]));
    assert.deepEqual(
      byName.get('a.txt')?.messages.map((m) => [m.ruleId, m.column]),
      [
        ['figure-conflict', 22],
        ['figure-conflict', 96],
      ],
    );
    assert.ok(byName.has('dense.txt'), 'the dense article is in the report');
  });

  it('honours dismissed findings and ignore globs from the configuration', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Raqqa fell. Raqqa burned.');
    write(dir, 'b.txt', 'Raqqah fell.');
    write(dir, 'c.txt', 'Raqqah held.');
    const first = JSON.parse(runCli(['.', '--format', 'json'], dir).stdout) as JsonFile[];
    assert.equal(first[1].messages.filter((m) => m.ruleId === 'spelling-variant').length, 1);
    // dismissals are keyed by rule, file, sentence hash and text: take the key from the core
    const sentence = summarize({ uri: 'b', version: 0, text: 'Raqqah fell.' }, Knowledge.default()).sentences[0].key;
    writeFileSync(join(dir, '.corpuslintrc.json'), JSON.stringify({ dismissed: [{ rule: 'spelling-variant', file: 'b.txt', sentence, text: 'Raqqah' }], ignore: ['c.txt'] }));
    const second = JSON.parse(runCli(['.', '--format', 'json'], dir).stdout) as JsonFile[];
    assert.deepEqual(second.map((f) => f.filePath.split('/').pop()), ['a.txt', 'b.txt']);
    assert.equal(second[1].messages.filter((m) => m.ruleId === 'spelling-variant').length, 0);
  });
});

/** `corpus-lint seeds --format json --cache ...` in `dir`, with its phases timed on stderr; exit 0 or 1. */
function cachedRun(dir: string): (...extra: string[]) => { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, CORPUS_LINT_TIMING: '1' };
  return (...extra) => {
    const r = spawnSync(process.execPath, [CLI, 'seeds', '--format', 'json', '--cache', ...extra], { cwd: dir, encoding: 'utf8', env });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return r;
  };
}

describe('corpus-lint V8 flags', () => {
  it('sets its batch flags only on the V8 they were measured on, and a run writes nothing but its report', () => {
    assert.equal(useBatchV8Flags('12.4.254.21-node.33'), false);
    assert.equal(useBatchV8Flags('13.6.233.10-node.28'), false);
    assert.equal(useBatchV8Flags(process.versions.v8), process.versions.v8.startsWith('11.'));
    // Node 20 here: the bundled CLI set the flags; an unknown one would print on standard output
    const run = runCli(['seeds', '--format', 'json'], ROOT);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(run.stdout.startsWith('[{"filePath":'), run.stdout.slice(0, 200));
    assert.ok(Array.isArray(JSON.parse(run.stdout)));
  });
});

describe('corpus-lint --cache', () => {
  it('reuses the analyses of unchanged articles and gives the same report', () => {
    const { dir, seeds, cleanup } = seedsCopy();
    try {
      const run = cachedRun(dir);
      const cache = join(dir, '.corpuslintcache');
      // An open-ended figure ("at least"): its interval must survive the cache's JSON.
      writeFileSync(join(seeds, '005_open_ended.txt'), 'At least 2,000 ISIS fighters are holed up in Raqqa, the coalition said on Monday.\n');
      const cold = run();
      assert.match(cold.stderr, /6 analysed, 0 from the cache/);
      assert.ok(existsSync(cache) && existsSync(`${cache}.report`) && existsSync(`${cache}.report.json`));
      const cacheLines = (): string[] => readFileSync(cache, 'utf8').split('\n').filter(Boolean);
      assert.equal(cacheLines().length, 1 + 6, 'a header and one line per article');
      // Nothing changed: the report is replayed, byte for byte, without analysing anything.
      const warm = run();
      assert.match(warm.stderr, /replayed from the cache/);
      assert.doesNotMatch(warm.stderr, /analysed/);
      assert.equal(warm.stdout, cold.stdout);
      // A report that cannot be written is a clear error, replayed or not.
      for (const extra of [[], ['--format', 'text']]) {
        const r = spawnSync(process.execPath, [CLI, 'seeds', '--format', 'json', '--cache', '--output-file', 'no/such/folder/report.json', ...extra], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /no\/such\/folder\/report\.json: cannot write the report/);
      }
      // A location with a trailing slash is a folder, created if need be (as ESLint reads it).
      const inFolder = run('--cache-location', 'build/lint-cache/');
      assert.match(inFolder.stderr, /6 analysed, 0 from the cache/);
      assert.ok(existsSync(join(dir, 'build/lint-cache/.corpuslintcache')) && existsSync(join(dir, 'build/lint-cache/.corpuslintcache.report')));
      assert.match(run('--cache-location', 'build/lint-cache/').stderr, /replayed from the cache/);
      // The exit code still follows the options that only decide it.
      const strict = run('--max-warnings', '0');
      assert.match(strict.stderr, /replayed from the cache/);
      assert.equal(strict.status, 1);
      assert.match(strict.stderr, /too many warnings/);
      // Another format is another report: analyses from the cache, rules run again.
      const sarif = run('--format', 'sarif');
      assert.match(sarif.stderr, /0 analysed, 6 from the cache/);
      assert.equal(JSON.parse(sarif.stdout).version, '2.1.0');
      // A configuration change is seen although no article changed.
      writeFileSync(join(dir, '.corpuslintrc.json'), JSON.stringify({ rules: { 'figure-conflict': 'off' } }));
      const configured = run();
      assert.match(configured.stderr, /0 analysed, 6 from the cache/);
      const ruleIds = (stdout: string): Set<string | null> => new Set((JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId)));
      assert.ok(ruleIds(cold.stdout).has('figure-conflict'));
      assert.ok(!ruleIds(configured.stdout).has('figure-conflict'));
      rmSync(join(dir, '.corpuslintrc.json'));
      // One article edited: only it is analysed again, and the report follows the edit.
      const file = join(seeds, readdirSync(seeds).sort()[2]);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/Raqqah/g, 'Raqqa'));
      const edited = run();
      assert.match(edited.stderr, /1 analysed, 5 from the cache/);
      // The new analysis is appended; the old text's line stays until most lines are stale.
      assert.equal(cacheLines().length, 1 + 7);
      const raqqahFixes = (stdout: string): number =>
        (JSON.parse(stdout) as JsonFile[]).filter((f) => f.filePath === file).flatMap((f) => f.messages).filter((m) => m.fix?.text === 'Raqqa').length;
      assert.ok(raqqahFixes(cold.stdout) > 0);
      assert.equal(raqqahFixes(edited.stdout), 0);
      // An append cut short: that line is skipped, the others are read.
      writeFileSync(cache, `${readFileSync(cache, 'utf8')}{"hash":"0123`);
      assert.match(run('--format', 'sarif').stderr, /0 analysed, 6 from the cache/);
      // Corrupt caches are ignored and rebuilt: the report, then the analyses too.
      writeFileSync(`${cache}.report`, '{not json');
      const noReport = run();
      assert.match(noReport.stderr, /0 analysed, 6 from the cache/);
      assert.equal(noReport.stdout, edited.stdout);
      writeFileSync(`${cache}.report`, '{not json');
      writeFileSync(cache, '{not json');
      const rebuilt = run();
      assert.match(rebuilt.stderr, /6 analysed, 0 from the cache/);
      assert.equal(rebuilt.stdout, edited.stdout);
      assert.equal(run().stdout, edited.stdout);
    } finally {
      cleanup();
    }
  });
});

describe('corpus-lint --cache, by file stamps', () => {
  it('replays an unchanged corpus without reading it, and never a corpus whose files were written since', () => {
    const { dir, seeds, cleanup } = seedsCopy();
    try {
      const run = cachedRun(dir);
      // modification times in whole seconds, which utimes can put back exactly (below)
      const past = Math.floor(Date.now() / 1000) - 60;
      for (const f of readdirSync(seeds)) utimesSync(join(seeds, f), past, past);
      const byStamps = /no article file changed since/;
      const byContent = /replayed from the cache: no article changed/;
      // Files written within SETTLED_MS of a run may change again within their timestamp's tick:
      // their stamps are not recorded, and the next run reads every article.
      const fresh = run();
      assert.match(fresh.stderr, /5 analysed/);
      const second = run();
      assert.match(second.stderr, byContent);
      assert.doesNotMatch(second.stderr, byStamps);
      // Once the files have settled, the stamps go with the report (a replay records them too)...
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLED_MS + 100);
      assert.match(run().stderr, byContent);
      // ... and the next run replays the report without reading an article.
      const warm = run();
      assert.match(warm.stderr, byStamps);
      assert.doesNotMatch(warm.stderr, /\bread\b|analysed/);
      assert.equal(warm.stdout, fresh.stdout);
      // the exit code still follows the options that only decide it
      const strict = run('--max-warnings', '0');
      assert.match(strict.stderr, byStamps);
      assert.equal(strict.status, 1);
      // An article rewritten to the same size with its modification time put back: its change
      // time has moved, so the articles are read and the report follows the new text.
      const file = join(seeds, readdirSync(seeds).find((f) => f.startsWith('003'))!);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes('2,500 ISIS fighters'));
      writeFileSync(file, text.replace('2,500 ISIS fighters', '9,500 ISIS fighters'));
      utimesSync(file, past, past);
      assert.equal(statSync(file).mtimeMs, past * 1000);
      assert.equal(statSync(file).size, Buffer.byteLength(text));
      const edited = run();
      assert.doesNotMatch(edited.stderr, byStamps);
      assert.match(edited.stderr, /1 analysed, 4 from the cache/);
      assert.ok(edited.stdout.includes('9,500') && !fresh.stdout.includes('9,500'));
      // just written: the next run reads the articles again
      assert.match(run().stderr, byContent);
    } finally {
      cleanup();
    }
  });
});

describe('corpus-lint --summary-out / --with-summaries (sharded runs)', () => {
  it('two shards that exchange summaries report what one run over the whole corpus reports', () => {
    const { dir, seeds, cleanup } = seedsCopy();
    try {
      const files = readdirSync(seeds).sort();
      const shardA = files.slice(0, 2).map((f) => join('seeds', f));
      const shardB = files.slice(2).map((f) => join('seeds', f));
      const whole = JSON.parse(runCli(['seeds', '--format', 'json'], dir).stdout) as JsonFile[];
      runCli([...shardA, '--format', 'json', '--summary-out', 'a.summaries.json'], dir);
      runCli([...shardB, '--format', 'json', '--summary-out', 'b.summaries.json'], dir);
      const a = JSON.parse(runCli([...shardA, '--format', 'json', '--with-summaries', 'b.summaries.json'], dir).stdout) as JsonFile[];
      const b = JSON.parse(runCli([...shardB, '--format', 'json', '--with-summaries', 'a.summaries.json'], dir).stdout) as JsonFile[];
      const merged = [...a, ...b].sort((x, y) => x.filePath.localeCompare(y.filePath));
      assert.deepEqual(merged, whole);
      // The cross-article conflict (001 against 003) is found across the shard boundary.
      assert.ok(merged.some((f) => f.messages.some((m) => m.ruleId === 'figure-conflict')));
      const bad = runCli(['seeds', '--with-summaries', 'seeds/' + files[0]], dir);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /cannot read summaries|not a corpus-lint summary file/);
      // a shard's summaries from a build whose records meant other things are refused, by name
      const a4 = readFileSync(join(dir, 'a.summaries.json'), 'utf8');
      writeFileSync(join(dir, 'old.summaries.json'), a4.replace(/"format":"corpus-lint-summaries\/\d+"/, '"format":"corpus-lint-summaries/4"'));
      const old = runCli([...shardB, '--with-summaries', 'old.summaries.json'], dir);
      assert.equal(old.status, 2);
      assert.match(old.stderr, /old\.summaries\.json: not a corpus-lint summary file \(expected format corpus-lint-summaries\/5\)/);
    } finally {
      cleanup();
    }
  });
});

describe('corpus-lint with article metadata (metadata.csv)', () => {
  const conflictOf = (report: JsonFile[], prefix: string): JsonMessage | undefined =>
    report.find((f) => f.filePath.includes(`/seeds/${prefix}`))?.messages.find((m) => m.ruleId === 'figure-conflict');

  it('dates an article whose text states no date from a metadata.csv above its folder, names the outlets; the text\'s own date wins', () => {
    const { dir, cleanup } = seedsCopy();
    try {
      // 003 states no date; 001 states 18 June 2017, which a metadata row cannot move
      write(dir, 'metadata.csv', '\ufeffid,title,outlet,date\r\n003_f6ccdedc63dd298a,"Raqqa, the last stand",Reuters,2017-06-20\r\n001_75a363b080b93bbf,x,AFP,2014-01-01\r\n');
      const run = runCli(['seeds', '--format', 'json'], dir);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as JsonFile[];
      assert.match(conflictOf(report, '003')?.message ?? '', /^2,500 fighters \(force size\) in Raqqa, in an article dated 2017-06-20 \(by its metadata\), conflicts with 3,000-4,000 fighters \(force size\) stated in 001_75a363b080b93bbf\.txt \(AFP, 2017-06-18\)\.$/);
      assert.match(conflictOf(report, '001')?.message ?? '', /stated in 003_f6ccdedc63dd298a\.txt \(Reuters, 2017-06-20\)\.$/);
      // the link to the other mention says whose article it is
      assert.equal(conflictOf(report, '003')?.related?.[0]?.message, '3,000-4,000 fighters (force size), AFP article dated 2017-06-18');
      // dated two years apart, the garrison counts are no longer one quantity
      write(dir, 'metadata.csv', 'file,date\n003_f6ccdedc63dd298a.txt,2015-06-20\n');
      const apart = JSON.parse(runCli(['seeds', '--format', 'json'], dir).stdout) as JsonFile[];
      assert.equal(conflictOf(apart, '003'), undefined);
      assert.equal(conflictOf(apart, '001'), undefined);
      // --no-metadata: dates from the text only, as without the file
      const textOnly = JSON.parse(runCli(['seeds', '--format', 'json', '--no-metadata'], dir).stdout) as JsonFile[];
      assert.match(conflictOf(textOnly, '003')?.message ?? '', /^2,500 fighters \(force size\) in Raqqa conflicts with .*\(2017-06-18\)\.$/);
    } finally {
      cleanup();
    }
  });

  it('a metadata file given must be one; rows with a date it cannot read are named on stderr', () => {
    const { dir, cleanup } = seedsCopy();
    try {
      write(dir, 'notes.csv', 'name,comment\n003,fine\n');
      const given = runCli(['seeds', '--metadata', 'notes.csv'], dir);
      assert.equal(given.status, 2);
      assert.match(given.stderr, /notes\.csv: article metadata needs a column naming the article \(file, filename, path, id, article\) and a date column/);
      const both = runCli(['seeds', '--metadata', 'notes.csv', '--no-metadata'], dir);
      assert.equal(both.status, 2);
      assert.match(both.stderr, /--metadata and --no-metadata cannot be used together/);
      write(dir, 'seeds/metadata.csv', 'id,date\n003_f6ccdedc63dd298a,June 2017\n');
      const loose = runCli(['seeds', '--format', 'json'], dir);
      assert.equal(loose.status, 0);
      assert.match(loose.stderr, /seeds\/metadata\.csv: 1 row with a date that is not one \(write YYYY-MM-DD\), not used/);
      assert.match(conflictOf(JSON.parse(loose.stdout) as JsonFile[], '003')?.message ?? '', /^2,500 fighters \(force size\) in Raqqa conflicts with/);
    } finally {
      cleanup();
    }
  });

  it('reads the metadata file the configuration names (relative to it) instead of a metadata.csv, or none with "metadata": false', () => {
    const { dir, cleanup } = seedsCopy();
    try {
      mkdirSync(join(dir, 'data'));
      write(dir, 'data/sources.csv', 'file,outlet,pub_date\n003_f6ccdedc63dd298a.txt,Reuters,2017-06-20\n');
      // a metadata.csv beside the articles that the configuration's file replaces
      write(dir, 'seeds/metadata.csv', 'id,date\n003_f6ccdedc63dd298a,2015-01-01\n');
      write(dir, '.corpuslintrc.json', JSON.stringify({ metadata: 'data/sources.csv' }));
      const named = runCli(['seeds', '--format', 'json'], dir);
      assert.equal(named.status, 0, named.stderr);
      assert.match(conflictOf(JSON.parse(named.stdout) as JsonFile[], '001')?.message ?? '', /stated in 003_f6ccdedc63dd298a\.txt \(Reuters, 2017-06-20\)\.$/);
      // --metadata on the command line wins over the configuration
      const flag = JSON.parse(runCli(['seeds', '--format', 'json', '--metadata', 'seeds/metadata.csv'], dir).stdout) as JsonFile[];
      assert.equal(conflictOf(flag, '003'), undefined, 'dated 2015 by the file given, no conflict with 2017');
      // false: no metadata at all, not even the metadata.csv beside the articles
      write(dir, '.corpuslintrc.json', JSON.stringify({ metadata: false }));
      const none = JSON.parse(runCli(['seeds', '--format', 'json'], dir).stdout) as JsonFile[];
      assert.match(conflictOf(none, '003')?.message ?? '', /^2,500 fighters \(force size\) in Raqqa conflicts with .*\(2017-06-18\)\.$/);
      // a file named that is not there: a configuration error naming both files, exit 2
      write(dir, '.corpuslintrc.json', JSON.stringify({ metadata: ['data/missing.csv'] }));
      const missing = runCli(['seeds'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /\.corpuslintrc\.json: "metadata": .*data\/missing\.csv: cannot read article metadata/);
      write(dir, '.corpuslintrc.json', JSON.stringify({ metadata: 7 }));
      const wrong = runCli(['seeds'], dir);
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /"metadata" must be a file path, an array of file paths \(relative to this file\) or false/);
    } finally {
      cleanup();
    }
  });

  it('a changed metadata.csv is not answered from the cache; shard summaries carry the dates it gave', () => {
    const { dir, seeds, cleanup } = seedsCopy();
    try {
      write(dir, 'metadata.csv', 'id,date\n003_f6ccdedc63dd298a,2017-06-20\n');
      const first = JSON.parse(runCli(['seeds', '--format', 'json', '--cache'], dir).stdout) as JsonFile[];
      assert.match(conflictOf(first, '003')?.message ?? '', /dated 2017-06-20 \(by its metadata\)/);
      write(dir, 'metadata.csv', 'id,date\n003_f6ccdedc63dd298a,2017-06-21\n');
      const second = JSON.parse(runCli(['seeds', '--format', 'json', '--cache'], dir).stdout) as JsonFile[];
      assert.match(conflictOf(second, '003')?.message ?? '', /dated 2017-06-21 \(by its metadata\)/);
      // the shard of 003 writes its summary with the date; a run without the file still has it
      const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
      runCli([join('seeds', files[3]), '--format', 'json', '--summary-out', 'b.summaries.json'], dir);
      const merged = JSON.parse(runCli([join('seeds', files[1]), '--format', 'json', '--no-metadata', '--with-summaries', 'b.summaries.json'], dir).stdout) as JsonFile[];
      assert.match(conflictOf(merged, '001')?.message ?? '', /stated in 003_f6ccdedc63dd298a\.txt \(2017-06-21\)\.$/);
    } finally {
      cleanup();
    }
  });
});
