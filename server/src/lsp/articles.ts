/**
 * Which files of a workspace folder are news articles: the `.txt` files matching the include
 * globs (default: seeds/ and articles/ folders, or such a folder opened itself), and every `.txt` file under a folder that holds
 * a `.corpuslintrc.json`; never those matching the exclude globs. Plain-text files elsewhere in a
 * user's projects are left alone.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { globMatcher, type GlobMatcher } from '../shared/articleGlobs';
import { CONFIG_FILE_NAME } from '../node/configFile';

export interface ArticleRules {
  include: string[];
  exclude: string[];
}

export interface FolderScan {
  articles: string[];
  configFiles: string[];
}

const toPosix = (p: string): string => p.split(sep).join('/');

export class ArticleSelector {
  private readonly globs: GlobMatcher;
  /** Folders (absolute) that contain a configuration file. */
  private configFolders: string[] = [];

  constructor(
    readonly root: string,
    rules: ArticleRules,
  ) {
    this.globs = globMatcher(rules);
  }

  setConfigFolders(configFiles: readonly string[]): void {
    this.configFolders = configFiles.map((f) => dirname(f));
  }

  contains(path: string): boolean {
    const rel = relative(this.root, path);
    return !rel.startsWith('..') && !rel.startsWith(sep) && rel !== '';
  }

  isArticle(path: string): boolean {
    if (!path.toLowerCase().endsWith('.txt') || !this.contains(path)) return false;
    const rel = toPosix(relative(this.root, path));
    if (this.globs.excluded(rel)) return false;
    if (this.globs.included(rel, basename(this.root))) return true;
    return this.configFolders.some((folder) => path.startsWith(folder + sep));
  }

  /** Walks the folder: article candidates and configuration files (dot-folders and node_modules skipped). */
  async scan(): Promise<FolderScan> {
    const txt: string[] = [];
    const configFiles: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name.startsWith('.') || e.name === 'node_modules') continue;
          if (this.globs.excluded(toPosix(relative(this.root, p)) + '/')) continue;
          await walk(p);
        } else if (e.isFile()) {
          if (e.name === CONFIG_FILE_NAME) configFiles.push(p);
          else if (e.name.toLowerCase().endsWith('.txt')) txt.push(p);
        }
      }
    };
    await walk(this.root);
    this.setConfigFolders(configFiles);
    return { articles: txt.filter((p) => this.isArticle(p)).sort(), configFiles: configFiles.sort() };
  }
}
