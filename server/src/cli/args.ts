/**
 * Command-line options. Hand-parsed (a dozen flags do not need a library): `--flag value`,
 * `--flag=value`, repeatable `--ext`, `--ignore-pattern` and `--rule`, and `--` to end the options.
 */
import { SEVERITY_SETTINGS } from '../core/config/config';
import { RULE_IDS, type RuleId, type SeveritySetting } from '../core/types';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  extensions: string[];
  ignorePatterns: string[];
  /** Rule severities set on the command line, over the configuration's (`--rule id:severity`). */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** Lint the article on standard input against the corpus the paths form (ESLint's --stdin). */
  stdin: boolean;
  /** Its path, for the report and the corpus (default: stdin.txt in the working folder). */
  stdinFilename?: string;
  maxWarnings: number;
  quiet: boolean;
  outputFile?: string;
  cache: boolean;
  cacheLocation?: string;
  maxFileBytes: number;
  jobs?: number;
  summaryOut?: string;
  withSummaries: string[];
  /** Article metadata files giving the dates of articles whose text states none (`--metadata`). */
  metadata: string[];
  /** `--no-metadata`: dates from the articles' text only, no metadata.csv looked for. */
  noMetadata: boolean;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class ArgsError extends Error {}

export const USAGE = `Usage: corpus-lint [options] [paths...]

Lints a corpus of plain-text news articles: every file and folder given (folders recursively,
*.txt by default) forms one corpus. With no path, the current folder.

Options:
  -f, --format <text|json|sarif|github>  output format (default: text)
  -o, --output-file <file>               write the report to a file
      --ext <.txt,.md>                   article file extensions (repeatable)
      --ignore-pattern <glob>            skip matching paths (repeatable; relative to the config)
  -c, --config <file>                    configuration file (default: nearest .corpuslintrc.json)
      --rule <id:severity>               set a rule's severity over the configuration's
                                         (off, hint, info, warning, error; repeatable,
                                         or comma-separated: --rule weak-attribution:off)
      --fix                              apply safe fixes (spelling variants) in place
      --fix-dry-run                      print the fixes as a diff, change nothing
      --stdin                            lint an article read from standard input against
                                         the corpus the paths form (none: alone); report it only
      --stdin-filename <file>            its path (default: stdin.txt); it replaces that file's
                                         text in the corpus
      --max-warnings <n>                 exit 1 when there are more warnings than n
      --quiet                            report errors only
      --cache                            reuse analyses of unchanged articles (and the
                                         report, when nothing changed)
      --cache-location <path>            cache file or folder (default: .corpuslintcache;
                                         a path ending in / is a folder, created if need
                                         be; the report is kept beside it)
      --max-file-size <MB>               skip larger files with an error (default: 10)
      --jobs <n>                         threads for the analysis, the main one included (default: cores)
      --summary-out <file>               also write the article summaries (for sharded runs)
      --with-summaries <file>            add summaries of articles linted elsewhere (repeatable)
      --metadata <file>                  article metadata (CSV: a file/id column and a date
                                         column) dating the articles whose text states no
                                         date (repeatable; default: the configuration's
                                         "metadata", else a metadata.csv in an article's
                                         folder or the folder above it)
      --no-metadata                      date articles by their text only
      --no-color                         plain text output (also with NO_COLOR set)
  -h, --help                             show this help
  -v, --version                          show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration
or I/O error.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    paths: [],
    format: 'text',
    extensions: [],
    ignorePatterns: [],
    rules: {},
    fix: false,
    fixDryRun: false,
    stdin: false,
    maxWarnings: -1,
    quiet: false,
    cache: false,
    maxFileBytes: 10 * 1024 * 1024,
    withSummaries: [],
    metadata: [],
    noMetadata: false,
    color: true,
    help: false,
    version: false,
  };
  let i = 0;
  const value = (flag: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const v = argv[++i];
    if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new ArgsError(`${flag} needs a value`);
    return v;
  };
  const integer = (flag: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new ArgsError(`${flag}: expected an integer >= ${min}, got "${v}"`);
    return n;
  };
  let optionsEnded = false;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      o.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    switch (flag) {
      case '-f':
      case '--format': {
        const f = value(flag, inline);
        if (!(FORMATS as readonly string[]).includes(f)) throw new ArgsError(`--format: expected one of ${FORMATS.join(', ')}, got "${f}"`);
        o.format = f as OutputFormat;
        break;
      }
      case '-o':
      case '--output-file':
        o.outputFile = value(flag, inline);
        break;
      case '--ext':
        o.extensions.push(...value(flag, inline).split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--ignore-pattern':
        o.ignorePatterns.push(value(flag, inline));
        break;
      case '--rule':
        for (const item of value(flag, inline).split(',').map((x) => x.trim()).filter(Boolean)) {
          const [id, severity, ...rest] = item.split(':').map((x) => x.trim());
          if (!(RULE_IDS as readonly string[]).includes(id)) throw new ArgsError(`--rule: unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
          if (rest.length > 0 || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
            throw new ArgsError(`--rule ${id}: expected a severity, one of ${SEVERITY_SETTINGS.join(', ')}, as in ${id}:off`);
          }
          o.rules[id as RuleId] = severity as SeveritySetting;
        }
        break;
      case '-c':
      case '--config':
        o.config = value(flag, inline);
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--fix-dry-run':
        o.fixDryRun = true;
        break;
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value(flag, inline);
        break;
      case '--max-warnings':
        o.maxWarnings = integer(flag, value(flag, inline), 0);
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '--cache':
        o.cache = true;
        break;
      case '--cache-location':
        o.cacheLocation = value(flag, inline);
        o.cache = true;
        break;
      case '--max-file-size': {
        const v = value(flag, inline);
        const mb = Number(v);
        if (!(mb > 0)) throw new ArgsError(`--max-file-size: expected a number of megabytes > 0, got "${v}"`);
        o.maxFileBytes = Math.round(mb * 1024 * 1024);
        break;
      }
      case '--jobs':
        o.jobs = integer(flag, value(flag, inline), 1);
        break;
      case '--summary-out':
        o.summaryOut = value(flag, inline);
        break;
      case '--with-summaries':
        o.withSummaries.push(value(flag, inline));
        break;
      case '--metadata':
        o.metadata.push(value(flag, inline));
        break;
      case '--no-metadata':
        o.noMetadata = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      default:
        throw new ArgsError(`unknown option ${flag}`);
    }
  }
  if (o.noMetadata && o.metadata.length > 0) throw new ArgsError('--metadata and --no-metadata cannot be used together');
  if (o.fix && o.fixDryRun) throw new ArgsError('--fix and --fix-dry-run cannot be used together');
  if (o.stdinFilename !== undefined && !o.stdin) throw new ArgsError('--stdin-filename needs --stdin');
  if (o.stdin && o.fix) throw new ArgsError('--fix cannot write to standard input; --fix-dry-run prints the fixes as a diff');
  if (o.extensions.length === 0) o.extensions = ['.txt'];
  return o;
}
