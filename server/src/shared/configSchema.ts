/**
 * The JSON schema of `.corpuslintrc.json`, generated from the rule registry so rule ids, default
 * severities, descriptions and options can never drift from the code (scripts/gen-schemas.mjs
 * writes schemas/corpuslintrc.schema.json; a test fails when the file is stale).
 */
import { SEVERITY_SETTINGS } from '../core/config/config';
import { RULES } from '../core/rules';
import type { RuleOptionSpec } from '../core/rules/types';

const README = 'https://github.com/corpus-lint/corpus-lint/blob/main/README.md';

function optionSchema(spec: RuleOptionSpec): Record<string, unknown> {
  return { type: spec.type, ...(spec.enum ? { enum: spec.enum } : {}), default: spec.default, description: spec.description };
}

export function configSchema(): Record<string, unknown> {
  const severity = { type: 'string', enum: SEVERITY_SETTINGS };
  const rules: Record<string, unknown> = {};
  for (const r of RULES) {
    const opts = r.options
      ? { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(r.options).map(([k, v]) => [k, optionSchema(v)])) }
      : { type: 'object', additionalProperties: false, properties: {} };
    rules[r.id] = {
      description: `${r.description} Default: ${r.defaultSeverity}. ${README}#${r.id}`,
      default: r.defaultSeverity,
      oneOf: [severity, { type: 'array', items: [severity, opts], additionalItems: false, minItems: 1, maxItems: 2 }],
    };
  }
  const strings = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://corpus-lint.dev/schemas/corpuslintrc.schema.json',
    title: 'Corpus Lint configuration (.corpuslintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: 'Severity per rule: off, hint, info, warning or error; or [severity, options].', additionalProperties: false, properties: rules },
      canonical: {
        enum: ['curated', 'majority'],
        default: 'curated',
        description: 'Which spelling is canonical when none is preferred: the curated list\'s (when the corpus uses it) or the corpus majority.',
      },
      preferred: { ...strings, description: 'Preferred spellings: each makes its entity\'s canonical spelling (e.g. "Deir ez-Zor").' },
      accepted: { ...strings, description: 'Spellings accepted as valid variants: never reported.' },
      entities: {
        type: 'array',
        description: 'Entities the curated list does not know.',
        items: {
          type: 'object',
          required: ['canonical'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            canonical: { type: 'string', minLength: 1, description: 'The canonical spelling.' },
            kind: { enum: ['place', 'person', 'group', 'organisation', 'operation', 'unknown'] },
            description: { type: 'string' },
            spellings: { ...strings, description: 'Other spellings of the same name.' },
            aliases: { type: 'array', items: strings, description: 'Other names, each a list of its spellings.' },
            acronyms: { ...strings, description: 'Acronyms of the canonical name.' },
          },
        },
      },
      ignore: { ...strings, description: 'Globs of files to skip, relative to this file.' },
      metadata: {
        description:
          'Article metadata (CSV with a file or id column and a date column; an outlet column is read too) that dates the articles whose text states none, instead of a metadata.csv beside them: a path or paths relative to this file; false: none, dates from the text only.',
        oneOf: [{ type: 'string', minLength: 1 }, { ...strings, minItems: 1 }, { const: false }],
      },
      dismissed: {
        type: 'array',
        description: 'Findings dismissed by a person (written by the editor\'s "Dismiss" quick fix).',
        items: {
          type: 'object',
          required: ['rule', 'file', 'sentence', 'text'],
          additionalProperties: false,
          properties: {
            rule: { enum: RULES.map((r) => r.id) },
            file: { type: 'string', description: 'Article path relative to this file.' },
            sentence: { type: 'string', description: 'Hash of the sentence the finding is in.' },
            text: { type: 'string', description: 'The flagged text (empty for sentence-level findings).' },
          },
        },
      },
    },
  };
}
