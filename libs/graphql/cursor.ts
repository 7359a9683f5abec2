import { BadRequestException } from '@nestjs/common';

/** A cursor's values: the row's sort keys, then its id (the id alone for lists kept in memory). */
export type CursorValues = readonly string[];

/** Which paging argument a cursor came in, so an error can name it. */
export type CursorArgument = 'after' | 'before';

export interface CursorPosition {
  values: CursorValues;
  argument: CursorArgument;
}

const MAX_VALUES = 8;

/**
 * Opaque Relay cursors: base64url JSON of the row's sort keys and id (`{"k":[...]}`), so a
 * page continues from a row rather than a position and rows added meanwhile move nothing.
 */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify({ k: values })).toString('base64url');
}

/** A cursor that is not one this API gave, refused with the argument it came in. */
export function badCursor(cursor: string, argument: CursorArgument, why: string): Error {
  const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
  return new BadRequestException({
    message: `the cursor "${shown}" given as \`${argument}\` ${why}: use a page's startCursor or endCursor`,
    argumentName: argument,
  });
}

function valuesOf(decoded: unknown): CursorValues | null {
  if (typeof decoded !== 'object' || decoded === null || !('k' in decoded)) {
    return null;
  }
  const { k } = decoded;
  return Array.isArray(k) &&
    k.length > 0 &&
    k.length <= MAX_VALUES &&
    k.every((v) => typeof v === 'string' && v.length <= 1_000)
    ? (k as string[])
    : null;
}

/** The position a cursor names (null without one); a cursor we did not make is bad input. */
export function decodeCursor(
  cursor: string | null | undefined,
  argument: CursorArgument,
): CursorPosition | null {
  if (cursor === null || cursor === undefined) {
    return null;
  }
  let decoded: unknown = null;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not JSON: refused below like any other foreign cursor.
  }
  const values = valuesOf(decoded);
  if (!values) {
    throw badCursor(cursor, argument, 'is not one this API gave');
  }
  return { values, argument };
}
