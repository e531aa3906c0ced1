/** The editor's `corpusLint.*` settings, validated into CorpusLintSettings with defaults. */
import { RULE_IDS, type RuleId, type SeveritySetting } from '../core/types';
import { DEFAULT_SETTINGS, type CorpusLintSettings } from '../shared/settings';

const SEVERITIES = new Set(['default', 'off', 'hint', 'info', 'warning', 'error']);

export function readSettings(raw: unknown): CorpusLintSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: string[]): string[] => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback);
  const rules: CorpusLintSettings['rules'] = {};
  const rawRules = (s.rules && typeof s.rules === 'object' ? s.rules : {}) as Record<string, unknown>;
  for (const id of RULE_IDS) {
    const v = rawRules[id];
    if (typeof v === 'string' && SEVERITIES.has(v)) rules[id as RuleId] = v as SeveritySetting | 'default';
  }
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 ? Math.min(s.debounce, 5000) : DEFAULT_SETTINGS.debounce,
    include: strings(s.include, DEFAULT_SETTINGS.include),
    exclude: strings(s.exclude, DEFAULT_SETTINGS.exclude),
    configFile: typeof s.configFile === 'string' ? s.configFile : DEFAULT_SETTINGS.configFile,
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    maxProblemsPerFile:
      typeof s.maxProblemsPerFile === 'number' && s.maxProblemsPerFile >= 1 ? Math.floor(s.maxProblemsPerFile) : DEFAULT_SETTINGS.maxProblemsPerFile,
    rules,
  };
}
