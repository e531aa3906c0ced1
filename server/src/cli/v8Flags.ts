/**
 * V8 settings for the CLI, a short batch run. Cold on two cores, each analysing thread's isolate
 * compiles the analysis for itself with TurboFan, on the same cores the analysis needs (~0.7 s of
 * a 2.5 s share of 10,000 articles); a smaller inlining budget makes those compiles cheaper for
 * code a few percent slower once warm, which a batch run gains from. V8's flags hold for the whole
 * process, its worker threads too; set before the analysis runs. See test/bench/ROUNDS.md, round AL.
 */
import { setFlagsFromString } from 'node:v8';

const BATCH_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

/**
 * The V8 the flags were measured on (Node 20's, V8 11): only there are they set. A flag another
 * V8 renamed or dropped would be reported on standard output, inside a JSON or SARIF report.
 */
const MEASURED_V8 = /^11\./;

/** Sets the flags when `v8Version` is the measured V8; says whether it did. */
export function useBatchV8Flags(v8Version: string = process.versions.v8): boolean {
  if (!MEASURED_V8.test(v8Version)) return false;
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
  return true;
}
