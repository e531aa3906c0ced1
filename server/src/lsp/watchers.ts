/**
 * The files the server must hear about when they change on disk, registered with the client
 * (`workspace/didChangeWatchedFiles`, dynamic registration): articles, configuration files,
 * `metadata.csv` files, and the files a setting or a configuration names by another name (a
 * `corpusLint.configFile`, a configuration's `metadata`). A client that cannot register watchers
 * sends its own events (the VS Code extension registers none of its own and relies on this).
 */
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import { METADATA_FILE_NAME } from '../node/articleMetadata';
import { CONFIG_FILE_NAME } from '../node/configFile';

/** What every workspace is watched for. */
export const WATCHED_GLOBS: readonly string[] = ['**/*.txt', `**/${CONFIG_FILE_NAME}`, `**/${METADATA_FILE_NAME}`];

const GLOB_CHARS = /[*?[\]{}]/g;

/**
 * Watchers for the fixed globs and for each of `files` (absolute paths): a pattern relative to
 * its folder where the client takes one, else its name in any folder (the server compares paths).
 */
export function watchersFor(files: readonly string[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = WATCHED_GLOBS.map((globPattern) => ({ globPattern }));
  const seen = new Set(WATCHED_GLOBS);
  for (const path of files) {
    const name = basename(path);
    // a character that reads as glob syntax matches any one character (the server compares paths)
    const pattern = name.replace(GLOB_CHARS, '?');
    const key = relativePatterns ? `${dirname(path)}\n${pattern}` : `**/${pattern}`;
    if (seen.has(key)) continue;
    seen.add(key);
    watchers.push({ globPattern: relativePatterns ? { baseUri: pathToFileURL(dirname(path)).href, pattern } : key });
  }
  return watchers;
}

/** The server's one registration of watchers, replaced when the files to watch change. */
export class WatcherRegistration {
  private registered: Promise<Disposable | undefined> = Promise.resolve(undefined);
  private key = '';

  constructor(
    private readonly connection: Connection,
    private readonly relativePatterns: boolean,
    private readonly logError: (what: string, err: unknown) => void,
  ) {}

  /** Watches the fixed globs and `files`; registers anew only when that set changed. */
  update(files: readonly string[]): void {
    const watchers = watchersFor(files, this.relativePatterns);
    const key = JSON.stringify(watchers);
    if (key === this.key) return;
    this.key = key;
    this.registered = this.registered.then(async (previous) => {
      try {
        // the new set first, so that no change falls between the two
        const next = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
        previous?.dispose();
        return next;
      } catch (err) {
        this.logError('registering file watchers', err);
        return previous;
      }
    });
  }
}
