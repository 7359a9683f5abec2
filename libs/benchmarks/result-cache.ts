/**
 * Remembers the answers of costly aggregate queries until the data changes. A result
 * computed while a change lands is not kept: each entry is stored only if no change was
 * announced between the start and the end of its computation.
 */
export class ResultCache {
  private readonly entries = new Map<string, { value: Promise<unknown>; until: number }>();
  private generation = 0;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly maxEntries = 500,
    /** A safety net for changes never announced (a lost listener connection). */
    private ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) {
      return hit.value as Promise<T>;
    }
    const started = this.generation;
    const value = compute();
    // Shared while in flight, so a burst of the same query computes it once.
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
    try {
      const result = await value;
      if (this.generation !== started) {
        this.entries.delete(key);
      }
      this.evictOldest();
      return result;
    } catch (error) {
      this.entries.delete(key);
      throw error;
    }
  }

  /** The data changed: forget everything, including what is being computed now. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    for (const listener of this.listeners) {
      listener();
    }
  }

  /** Called after each invalidation (to recompute what is read first). */
  onInvalidate(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Without change notices, keep results for a short time only. */
  shortenLifetime(ttlMs: number): void {
    this.ttlMs = Math.min(this.ttlMs, ttlMs);
  }

  private evictOldest(): void {
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
