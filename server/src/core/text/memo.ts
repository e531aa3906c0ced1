/**
 * A pure function of a string, remembered: the same phrases and names recur across the sentences
 * and articles of a corpus (a name's loose form, a source phrase's words). The map is cleared
 * when it reaches `limit` entries, so a long session of typing (every keystroke a new string)
 * cannot make it grow without end. What it returns is shared between callers: read-only.
 */
export function memoize<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const known = new Map<string, T>();
  return (s: string): T => {
    let value = known.get(s);
    if (value === undefined && !known.has(s)) {
      if (known.size >= limit) known.clear();
      value = fn(s);
      known.set(s, value);
    }
    return value as T;
  };
}
