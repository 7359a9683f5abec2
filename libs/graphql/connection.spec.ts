import { connectionOf } from './connection';
import { decodeCursor } from './cursor';
import { pageRequest } from './page-request';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

describe(connectionOf.name, () => {
  it('should page forwards from an item, not a position, when items are added before it', () => {
    const first = connectionOf(items, pageRequest({ first: 2 }));
    expect(ids(first)).toEqual(['a', 'b']);
    const grown = [{ id: '0' }, ...items];
    const next = connectionOf(grown, pageRequest({ first: 2, after: first.pageInfo.endCursor }));
    expect(ids(next)).toEqual(['c', 'd']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('should page backwards with last and before', () => {
    const tail = connectionOf(items, pageRequest({ last: 2 }));
    expect(ids(tail)).toEqual(['d', 'e']);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = connectionOf(items, pageRequest({ last: 2, before: tail.pageInfo.startCursor }));
    expect(ids(before)).toEqual(['b', 'c']);
  });

  it('should default to 20 items and refuse first with last', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: String(i) }));
    expect(connectionOf(many, pageRequest({})).edges).toHaveLength(20);
    expect(() => pageRequest({ first: 2, last: 2 })).toThrow(/`first` or `last`/);
  });

  it('should refuse a cursor whose item has gone or that it did not make, naming the argument', () => {
    const page = connectionOf(items, pageRequest({ first: 1 }));
    expect(() =>
      connectionOf(items.slice(1), pageRequest({ after: page.pageInfo.endCursor })),
    ).toThrow(/`after` names no item/);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y', 'before')).toThrow(/`before` is not one/);
  });
});
