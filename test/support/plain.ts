/**
 * Summaries keep every field of a record, an absent one as `undefined`, so that records of one
 * kind share one hidden class (see summary.ts). JSON leaves such fields out: a summary that went
 * through JSON equals the original without them.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((x) => withoutUndefined(x)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutUndefined(v);
  return out as T;
}
