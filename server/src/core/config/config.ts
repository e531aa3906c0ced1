/**
 * The `.corpuslintrc.json` configuration: parsed from plain JSON (the caller reads the file),
 * validated with messages that name the offending key, and resolved against the rule registry.
 */
import type { EntityKind, RuleId, Severity, SeveritySetting } from '../types';
import { RULE_IDS } from '../types';
import type { EntitySpec } from '../knowledge/entities';

export interface UserEntity {
  id?: string;
  canonical: string;
  kind?: EntityKind;
  description?: string;
  spellings?: string[];
  aliases?: string[][];
  acronyms?: string[];
}

export interface Dismissal {
  rule: RuleId;
  /** Path of the article relative to the configuration file's folder, with forward slashes. */
  file: string;
  /** Hash of the sentence the finding is in. */
  sentence: string;
  /** The flagged text. */
  text: string;
}

export type RuleOptions = Record<string, unknown>;

export interface CorpusLintConfig {
  rules: Record<RuleId, SeveritySetting>;
  ruleOptions: Partial<Record<RuleId, RuleOptions>>;
  /** Which spelling is canonical when no preferred one is configured. */
  canonical: 'curated' | 'majority';
  preferred: string[];
  accepted: string[];
  entities: UserEntity[];
  ignore: string[];
  dismissed: Dismissal[];
  /**
   * Article metadata files (relative to the configuration file's folder) to date articles from
   * instead of a `metadata.csv` beside them; false: none (dates from the text only); null: the
   * convention.
   */
  metadata: string[] | false | null;
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function defaultConfig(defaults: Record<RuleId, Severity>): CorpusLintConfig {
  return {
    rules: { ...defaults },
    ruleOptions: {},
    canonical: 'curated',
    preferred: [],
    accepted: [],
    entities: [],
    ignore: [],
    dismissed: [],
    metadata: null,
  };
}

export interface ConfigResult {
  config: CorpusLintConfig;
  errors: string[];
}

const TOP_KEYS = new Set(['$schema', 'rules', 'canonical', 'preferred', 'accepted', 'entities', 'ignore', 'dismissed', 'metadata']);
const KINDS: readonly EntityKind[] = ['place', 'person', 'group', 'organisation', 'operation', 'unknown'];

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
}

/** Validates parsed JSON. Invalid parts are reported and left at their defaults. */
export function parseConfig(raw: unknown, defaults: Record<RuleId, Severity>): ConfigResult {
  const config = defaultConfig(defaults);
  const errors: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, errors: ['the configuration must be a JSON object'] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_KEYS.has(key)) errors.push(`unknown key "${key}" (expected one of ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')})`);
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      errors.push('"rules" must be an object of rule id to severity');
    } else {
      for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          errors.push(`rules: unknown rule "${id}" (known rules: ${RULE_IDS.join(', ')})`);
          continue;
        }
        const rule = id as RuleId;
        const [severity, options] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
        if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
          errors.push(`rules.${id}: expected one of ${SEVERITY_SETTINGS.join(', ')}`);
          continue;
        }
        config.rules[rule] = severity as SeveritySetting;
        if (options !== undefined) {
          if (typeof options !== 'object' || options === null || Array.isArray(options)) errors.push(`rules.${id}: options must be an object`);
          else config.ruleOptions[rule] = options as RuleOptions;
        }
      }
    }
  }
  if (obj.canonical !== undefined) {
    if (obj.canonical === 'curated' || obj.canonical === 'majority') config.canonical = obj.canonical;
    else errors.push('"canonical" must be "curated" or "majority"');
  }
  for (const key of ['preferred', 'accepted', 'ignore'] as const) {
    if (obj[key] === undefined) continue;
    if (isStringArray(obj[key])) config[key] = obj[key] as string[];
    else errors.push(`"${key}" must be an array of non-empty strings`);
  }
  if (obj.metadata !== undefined) {
    const m = obj.metadata;
    if (m === false) config.metadata = false;
    else if (typeof m === 'string' && m.length > 0) config.metadata = [m];
    else if (isStringArray(m) && m.length > 0) config.metadata = m;
    else errors.push('"metadata" must be a file path, an array of file paths (relative to this file) or false');
  }
  if (obj.entities !== undefined) {
    if (!Array.isArray(obj.entities)) errors.push('"entities" must be an array');
    else {
      obj.entities.forEach((e, i) => {
        const where = `entities[${i}]`;
        if (typeof e !== 'object' || e === null) return void errors.push(`${where}: must be an object`);
        const ent = e as Record<string, unknown>;
        if (typeof ent.canonical !== 'string' || ent.canonical.length === 0) return void errors.push(`${where}.canonical: a non-empty string is required`);
        if (ent.kind !== undefined && !KINDS.includes(ent.kind as EntityKind)) return void errors.push(`${where}.kind: expected one of ${KINDS.join(', ')}`);
        if (ent.spellings !== undefined && !isStringArray(ent.spellings)) return void errors.push(`${where}.spellings: must be an array of strings`);
        if (ent.acronyms !== undefined && !isStringArray(ent.acronyms)) return void errors.push(`${where}.acronyms: must be an array of strings`);
        if (ent.aliases !== undefined && !(Array.isArray(ent.aliases) && ent.aliases.every(isStringArray))) {
          return void errors.push(`${where}.aliases: must be an array of arrays of strings`);
        }
        config.entities.push(ent as unknown as UserEntity);
      });
    }
  }
  if (obj.dismissed !== undefined) {
    if (!Array.isArray(obj.dismissed)) errors.push('"dismissed" must be an array');
    else {
      obj.dismissed.forEach((d, i) => {
        const x = d as Record<string, unknown>;
        if (
          typeof x !== 'object' || x === null || typeof x.file !== 'string' || typeof x.sentence !== 'string' ||
          typeof x.text !== 'string' || !(RULE_IDS as readonly string[]).includes(x.rule as string)
        ) {
          errors.push(`dismissed[${i}]: expected {"rule", "file", "sentence", "text"}`);
          return;
        }
        config.dismissed.push({ rule: x.rule as RuleId, file: x.file, sentence: x.sentence, text: x.text });
      });
    }
  }
  return { config, errors };
}

export function userEntitySpecs(config: CorpusLintConfig): EntitySpec[] {
  return config.entities.map((e, i) => ({
    id: e.id ?? `user:${i}:${e.canonical.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    kind: e.kind ?? 'unknown',
    description: e.description ?? 'Entity from the project configuration.',
    names: [
      { forms: [e.canonical, ...(e.spellings ?? [])], acronyms: e.acronyms },
      ...(e.aliases ?? []).map((forms) => ({ forms })),
    ],
  }));
}

/** The key a finding is dismissed by: rule, sentence hash and flagged text. */
export function dismissalKey(rule: RuleId, sentence: string, text: string): string {
  return `${rule}|${sentence}|${text}`;
}
