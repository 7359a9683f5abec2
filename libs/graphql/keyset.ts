import { badCursor, type CursorPosition } from './cursor';
import type { Connection } from './connection';
import { encodeCursor } from './cursor';
import type { PageRequest } from './page-request';

/** How a sort key's values travel in cursors (as text) and are cast back in SQL. */
export type SortKeyType = 'text' | 'uuid' | 'integer' | 'double precision' | 'timestamptz';

/** One key of a list's order. The last key of every order must be unique (the id). */
export interface SortKey {
  /** An expression over the base query's output columns, never null (COALESCE it if need be). */
  sql: string;
  type: SortKeyType;
  descending?: boolean;
}

/** What keysetPageSql adds to each row: the row's keys, and the page's facts on every row. */
export interface KeysetRow {
  /** Null on the single row an empty page comes back as. */
  page_keys: string[] | null;
  /** The row's place in the order it was fetched in (reversed for `last`). */
  page_index: number | null;
  page_total: number;
  page_rows_before: boolean;
  page_rows_after: boolean;
}

const VALID: Record<SortKeyType, RegExp> = {
  text: /^/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  integer: /^-?\d{1,12}$/,
  'double precision': /^-?(\d+(\.\d+)?([eE][-+]?\d+)?|Infinity|NaN)$/,
  timestamptz: /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:?\d\d)?|Z)?$/,
};

/** The cursor's values as SQL parameters, each cast back to its key's type. */
function boundValues(
  order: readonly SortKey[],
  position: CursorPosition,
  bind: (value: unknown) => string,
): string[] {
  const { values, argument } = position;
  if (values.length !== order.length || !order.every((k, i) => VALID[k.type].test(values[i]!))) {
    throw badCursor(encodeCursor(values), argument, 'is not a cursor of this list');
  }
  return order.map((key, i) => `CAST(${bind(values[i])} AS ${key.type})`);
}

/** Rows strictly after (or, with `forward` false, strictly before) a position in the order. */
function beyond(order: readonly SortKey[], bound: readonly string[], forward: boolean): string {
  const terms = order.map((key, i) => {
    const equal = order.slice(0, i).map((k, j) => `${k.sql} = ${bound[j]}`);
    const op = (key.descending ?? false) === forward ? '<' : '>';
    return [...equal, `${key.sql} ${op} ${bound[i]}`].join(' AND ');
  });
  return terms.map((t) => `(${t})`).join(' OR ');
}

const orderBy = (order: readonly SortKey[], reversed: boolean) =>
  order.map((k) => `${k.sql} ${(k.descending ?? false) !== reversed ? 'DESC' : 'ASC'}`).join(', ');

/**
 * One keyset page of `base` (a SELECT without ORDER BY or LIMIT): `WHERE (keys) > (cursor)
 * ORDER BY keys LIMIT n + 1`, reversed for `last`, with the whole list's count and whether
 * rows lie beyond each cursor. An empty page comes back as one row whose `page_keys` is null.
 */
export function keysetPageSql(
  base: string,
  order: readonly SortKey[],
  page: PageRequest,
  bind: (value: unknown) => string,
): string {
  const after = page.after ? beyond(order, boundValues(order, page.after, bind), true) : null;
  const before = page.before ? beyond(order, boundValues(order, page.before, bind), false) : null;
  const window = [after, before].filter(Boolean).map((c) => `(${c})`);
  const fetchOrder = orderBy(order, page.fromEnd);
  return `WITH page_base AS (${base}),
    page_rows AS (
      SELECT page_base.*, ARRAY[${order.map((k) => `(${k.sql})::text`).join(', ')}] AS "page_keys",
        (row_number() OVER (ORDER BY ${fetchOrder}))::int AS "page_index"
      FROM page_base ${window.length > 0 ? `WHERE ${window.join(' AND ')}` : ''}
      ORDER BY ${fetchOrder} LIMIT ${bind(page.limit + 1)}),
    page_meta AS (
      SELECT (SELECT count(*) FROM page_base)::int AS "page_total",
        ${after ? `EXISTS (SELECT 1 FROM page_base WHERE NOT (${after}))` : 'false'} AS "page_rows_before",
        ${before ? `EXISTS (SELECT 1 FROM page_base WHERE NOT (${before}))` : 'false'} AS "page_rows_after")
    SELECT page_rows.*, page_meta.* FROM page_meta LEFT JOIN page_rows ON true
    ORDER BY page_rows."page_index"`;
}

/** The connection of rows fetched by keysetPageSql, each mapped to what the API shows. */
export function keysetConnection<R extends KeysetRow, T>(
  rows: readonly R[],
  page: PageRequest,
  map: (row: R) => T,
): Connection<T> {
  const meta = rows[0];
  const fetched = rows
    .filter((r) => r.page_keys !== null)
    .sort((a, b) => a.page_index! - b.page_index!);
  const more = fetched.length > page.limit;
  const kept = fetched.slice(0, page.limit);
  if (page.fromEnd) {
    kept.reverse();
  }
  const edges = kept.map((row) => ({ cursor: encodeCursor(row.page_keys!), node: map(row) }));
  return {
    edges,
    totalCount: meta?.page_total ?? 0,
    pageInfo: {
      hasNextPage: (!page.fromEnd && more) || Boolean(meta?.page_rows_after),
      hasPreviousPage: (page.fromEnd && more) || Boolean(meta?.page_rows_before),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
