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
      known.set(ownCopy(s), value);
    }
    return value as T;
  };
}

/**
 * A string of its own: V8 makes a slice of 13 characters or more (a spelling, a source phrase
 * taken from an article) a view that keeps the whole article's text alive, and a string pool or
 * a memo keeps its strings as long as the corpus is open (~2,700 such views, most of them the
 * memos' keys, held 2.9 MB of texts at 10,000 articles). A space added makes a rope, which
 * slicing the space off again flattens into a string of its own and views: the copy is one
 * memcpy (joining the characters one by one cost a tenth of the analysis, in the memos' misses).
 * A shorter slice is a copy already.
 */
export function ownCopy<T extends string>(s: T): T {
  return (s.length < 13 ? s : (s + ' ').slice(0, -1)) as T;
}
