/**
 * Caches a pure function of one string. Boilerplate is by nature the same sentence again
 * and again, so most sentences of a sector are analysed once. The cache is emptied when
 * full, which keeps memory bounded without bookkeeping.
 */
export function memoise<T>(fn: (text: string) => T, capacity = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) {
      return hit;
    }
    const value = fn(text);
    if (cache.size >= capacity) {
      cache.clear();
    }
    cache.set(text, value);
    return value;
  };
}
