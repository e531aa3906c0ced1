/**
 * Settings shared by the client and the server (the client imports types and defaults only).
 */
import type { RuleId, SeveritySetting } from '../core/types';

export interface CorpusLintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounce: number;
  include: string[];
  exclude: string[];
  configFile: string;
  maxFileSize: number;
  /**
   * Problems the editor shows per article, errors first: a file of thousands of articles run
   * together (an export) has tens of thousands, which no one reads in the Problems panel and
   * which cost a publication of tens of megabytes at every pause in typing. The CLI reports all.
   */
  maxProblemsPerFile: number;
  /** Severity overrides from the editor settings ('default': the configuration file decides). */
  rules: Partial<Record<RuleId, SeveritySetting | 'default'>>;
}

export const DEFAULT_SETTINGS: CorpusLintSettings = {
  enable: true,
  run: 'onType',
  debounce: 150,
  include: ['**/seeds/*.txt', '**/articles/**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  configFile: '',
  maxFileSize: 10,
  maxProblemsPerFile: 1000,
  rules: {},
};

/** Custom requests and notifications between the client and the server. */
export const Methods = {
  /** server -> client: scan progress and problem count for the status bar */
  status: 'corpusLint/status',
  /** client -> server: lint every article again */
  lintWorkspace: 'corpusLint/lintWorkspace',
  /** client -> server: the WorkspaceEdit that applies every safe fix in the workspace */
  fixAllWorkspace: 'corpusLint/fixAllWorkspace',
} as const;

export interface StatusParams {
  state: 'scanning' | 'ready' | 'error';
  scanned: number;
  total: number;
  problems: number;
  message?: string;
}
