import { describe, expect, it } from '@jest/globals';
import { href, parseRoute } from './route';

describe(parseRoute.name, () => {
  it('should read the view, subject and options of a link the dashboards made', () => {
    const route = parseRoute(href('provision', '5.8', { kind: 'ALMO', q: 'a&b c' }));
    expect([route.view, route.subject, route.problem]).toEqual(['provision', '5.8', null]);
    expect(route.params.get('kind')).toBe('ALMO');
    expect(route.params.get('q')).toBe('a&b c');
  });

  it('should read a subject that holds an escaped slash or question mark', () => {
    expect(parseRoute(href('landlord', 'a/b?c')).subject).toBe('a/b?c');
  });

  it.each([
    ['#/landlord/%E0%A4%A', 'a cut-short escape'],
    ['#/provision/%', 'a lone percent sign'],
    ['#/%ZZ/x', 'a bad escape in the view'],
  ])('should report a problem, not throw, for %s (%s)', (hash) => {
    expect(() => parseRoute(hash)).not.toThrow();
    expect(parseRoute(hash).problem).toMatch(/damaged/);
  });

  it.each(['', '#', '#/', '#/provision/', '#//?&&=', '#/?%'])(
    'should read %p without throwing',
    (hash) => {
      const route = parseRoute(hash);
      expect(route.problem).toBeNull();
      expect(route.subject).toBeNull();
    },
  );
});
