import { ResultCache } from './result-cache';

describe(ResultCache.name, () => {
  it('should compute a result once and serve it again until the data changes', async () => {
    const cache = new ResultCache();
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(await cache.get('q', compute)).toBe(1);
    expect(await cache.get('q', compute)).toBe(1);
    cache.invalidate();
    expect(await cache.get('q', compute)).toBe(2);
  });

  it('should not keep a result computed while a change landed', async () => {
    const cache = new ResultCache();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const first = cache.get('q', async () => {
      await slow;
      return 'stale';
    });
    cache.invalidate();
    release();
    expect(await first).toBe('stale');
    expect(await cache.get('q', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('should expire entries after their lifetime and keep at most its size', async () => {
    let clock = 0;
    const cache = new ResultCache(2, 1_000, () => clock);
    await cache.get('a', () => Promise.resolve(1));
    clock = 1_001;
    expect(await cache.get('a', () => Promise.resolve(2))).toBe(2);
    await cache.get('b', () => Promise.resolve(3));
    await cache.get('c', () => Promise.resolve(4));
    expect(await cache.get('a', () => Promise.resolve(5))).toBe(5);
  });

  it('should not keep a failure', async () => {
    const cache = new ResultCache();
    await expect(cache.get('q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('q', () => Promise.resolve('up'))).toBe('up');
  });
});
