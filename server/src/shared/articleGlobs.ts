/**
 * The include/exclude glob test that the server and the VS Code client share, so that the files
 * the client marks as news articles are the files the server lints. Paths are POSIX and relative
 * to the workspace folder. An include glob also matches when the folder itself is the one it
 * names: with `**\/seeds/*.txt`, opening `seeds/` as the workspace lints `seeds/000.txt` as
 * `000.txt`.
 */
import picomatch from 'picomatch';

export interface ArticleGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

export interface GlobMatcher {
  /** True when `rel` (POSIX, relative to the folder named `folderName`) is included and not excluded. */
  included(rel: string, folderName: string): boolean;
  /** True when `rel` is excluded (a folder path may end with `/`). */
  excluded(rel: string): boolean;
}

export function globMatcher(globs: ArticleGlobs): GlobMatcher {
  const include = globs.include.length > 0 ? picomatch([...globs.include]) : () => false;
  const exclude = globs.exclude.length > 0 ? picomatch([...globs.exclude], { dot: true }) : () => false;
  return {
    excluded: (rel) => exclude(rel),
    included: (rel, folderName) => !exclude(rel) && (include(rel) || (folderName !== '' && include(`${folderName}/${rel}`))),
  };
}
