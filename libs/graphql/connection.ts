import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badCursor, encodeCursor, type CursorPosition } from './cursor';
import type { PageRequest } from './page-request';

@ObjectType({ description: 'Where a page sits in its list, and the cursors to move from it.' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page (ask with first and after: endCursor).' })
  hasNextPage!: boolean;

  @Field({
    description: 'Whether items precede this page (ask with last and before: startCursor).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of the page; null when the page is empty.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The one Relay connection shape, for every list the API pages through: `<name>Edge` and,
 * on the subclass, `<name>Connection`, where `name` is the node's GraphQL type name.
 */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Where this item is in the list: page on from it with after or before.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in list order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'How to reach the pages either side.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, over every page.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Where a cursor's item is in a list kept in memory (its id is the cursor's last value). */
function indexOf<T extends { id: string }>(all: readonly T[], position: CursorPosition): number {
  const id = position.values.at(-1);
  const index = position.values.length === 1 ? all.findIndex((item) => item.id === id) : -1;
  if (index < 0) {
    throw badCursor(encodeCursor(position.values), position.argument, 'names no item of this list');
  }
  return index;
}

/**
 * Pages through a list already in memory (a DataLoader's batch). Cursors name an item by
 * id, so items added elsewhere in the list move no page; a cursor whose item has gone is
 * refused rather than guessed at.
 */
export function connectionOf<T extends { id: string }>(
  all: readonly T[],
  page: PageRequest,
): Connection<T> {
  const start = page.after ? indexOf(all, page.after) + 1 : 0;
  const end = Math.max(start, page.before ? indexOf(all, page.before) : all.length);
  const from = page.fromEnd ? Math.max(start, end - page.limit) : start;
  const to = page.fromEnd ? end : Math.min(end, start + page.limit);
  const edges = all.slice(from, to).map((node) => ({ cursor: encodeCursor([node.id]), node }));
  return {
    edges,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: to < all.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
