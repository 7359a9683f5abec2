import { mayReadMetrics } from './metrics-access';

describe(mayReadMetrics.name, () => {
  const token = 'a-metrics-token-0123456789';

  it('should let anyone read when no token is configured', () => {
    expect(mayReadMetrics(undefined, undefined)).toBe(true);
    expect(mayReadMetrics('Bearer anything', undefined)).toBe(true);
  });

  it('should need exactly the configured bearer token when one is set', () => {
    expect(mayReadMetrics(`Bearer ${token}`, token)).toBe(true);
    expect(mayReadMetrics(`bearer ${token}`, token)).toBe(true);
    expect(mayReadMetrics(undefined, token)).toBe(false);
    expect(mayReadMetrics(`Bearer ${token}x`, token)).toBe(false);
    expect(mayReadMetrics(`Basic ${token}`, token)).toBe(false);
    expect(mayReadMetrics(token, token)).toBe(false);
  });
});
