import DataLoader from 'dataloader';

/** A DataLoader for one row per key (null where there is none). */
export function oneEach<T>(
  load: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await load(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A DataLoader for the rows that belong to each key, in the order loaded. */
export function manyEach<T>(
  load: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await load(keys)) {
      byKey.get(keyOf(row))?.push(row);
    }
    return keys.map((key) => byKey.get(key)!);
  });
}
