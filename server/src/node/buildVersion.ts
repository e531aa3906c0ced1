/**
 * The version the caches are keyed by: the package version plus a hash of the running bundle, so
 * a rebuilt tool with the same version number (a source checkout, a patched install) never reads
 * analyses or reports made by other code.
 */
import { readFileSync } from 'node:fs';
import { fnv1a } from '../core/text/hash';

const stamps = new Map<string, string>();

export function buildVersion(version: string, bundle: string = __filename): string {
  let stamp = stamps.get(bundle);
  if (stamp === undefined) {
    try {
      stamp = fnv1a(readFileSync(bundle, 'latin1'));
    } catch {
      stamp = 'unknown';
    }
    stamps.set(bundle, stamp);
  }
  return `${version}+${stamp}`;
}
