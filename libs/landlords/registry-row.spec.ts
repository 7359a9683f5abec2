import { registryRow } from './registry-row';

describe('registryRow', () => {
  const row = (cells: Record<string, string>) => registryRow({ name: 'Good Homes', ...cells });

  it('should refuse homes that are not a whole number up to two million', () => {
    for (const homes of ['1.5', '-3', 'abc', '1e5']) {
      expect(row({ homes })).toEqual({
        column: 'homes',
        reason: expect.stringMatching(/whole number/),
      });
    }
    expect(row({ homes: '100000000000' })).toEqual({
      column: 'homes',
      reason: '"100000000000" is more than 2,000,000 homes',
    });
    expect(row({ homes: '12, 000' })).toMatchObject({ homes: 12_000 });
  });

  it('should take only http(s) websites with a host, putting https:// before a bare host', () => {
    for (const website of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.example',
      'https://',
      'example.org:8080',
    ]) {
      expect(row({ website })).toMatchObject({ column: 'website' });
    }
    expect(row({ website: 'example.org/complaints' })).toMatchObject({
      website: 'https://example.org/complaints',
      websiteHost: 'example.org',
    });
    expect(row({ website: 'http://127.0.0.1:8080/' })).toMatchObject({
      websiteHost: '127.0.0.1:8080',
    });
  });

  it('should refuse a NUL character in any cell, naming the column', () => {
    expect(row({ region: 'North\u0000' })).toEqual({
      column: 'region',
      reason: 'contains a NUL character',
    });
  });
});
