/**
 * The extension's settings (package.json `contributes.configuration`), generated like the config
 * schema: the per-rule severity settings mirror the rule registry.
 */
import { RULES } from '../core/rules';
import { DEFAULT_SETTINGS } from './settings';

export function settingsContribution(): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    'corpusLint.enable': { type: 'boolean', default: DEFAULT_SETTINGS.enable, description: 'Lint news articles with Corpus Lint.' },
    'corpusLint.run': {
      type: 'string',
      enum: ['onType', 'onSave'],
      enumDescriptions: ['Lint while you type (debounced).', 'Lint when a file is saved.'],
      default: DEFAULT_SETTINGS.run,
      description: 'When to lint an edited article.',
    },
    'corpusLint.debounce': { type: 'number', minimum: 0, maximum: 5000, default: DEFAULT_SETTINGS.debounce, description: 'Milliseconds to wait after a keystroke before linting.' },
    'corpusLint.include': {
      type: 'array',
      items: { type: 'string' },
      default: DEFAULT_SETTINGS.include,
      markdownDescription:
        'Globs of `.txt` files that are news articles (relative to the workspace folder). Every `.txt` file under a folder that contains a `.corpuslintrc.json` is an article too.',
    },
    'corpusLint.exclude': { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.exclude, description: 'Globs of files never linted.' },
    'corpusLint.configFile': {
      type: 'string',
      default: DEFAULT_SETTINGS.configFile,
      markdownDescription: 'Path of the configuration file, relative to the workspace folder. Empty: the nearest `.corpuslintrc.json`.',
    },
    'corpusLint.maxFileSize': { type: 'number', minimum: 0.1, default: DEFAULT_SETTINGS.maxFileSize, description: 'Articles larger than this many megabytes are reported and not linted.' },
    'corpusLint.maxProblemsPerFile': {
      type: 'integer',
      minimum: 1,
      default: DEFAULT_SETTINGS.maxProblemsPerFile,
      markdownDescription:
        'The most problems shown for one article (errors first, then warnings, information and hints, each in order of position); a last problem says how many more there are. `corpus-lint` on the command line reports them all.',
    },
    'corpusLint.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: 'Traces the communication between VS Code and the Corpus Lint server (in the output channel).',
    },
  };
  for (const r of RULES) {
    properties[`corpusLint.rules.${r.id}`] = {
      type: 'string',
      enum: ['default', 'off', 'hint', 'info', 'warning', 'error'],
      default: 'default',
      markdownDescription: `${r.description} \`default\` uses \`.corpuslintrc.json\`, else **${r.defaultSeverity}**.`,
    };
  }
  return { title: 'Corpus Lint', properties };
}
