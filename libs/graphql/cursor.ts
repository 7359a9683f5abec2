import { BadRequestException } from '@nestjs/common';

const PREFIX = 'o:';

/** Opaque Relay cursors: the position of an item in its ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset just after the cursor (0 without one); a cursor we did not make is bad input. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (!cursor) {
    return 0;
  }
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  // Digits we could have written: no sign, exponent or blank, and small enough to page to.
  const digits = decoded.startsWith(PREFIX) ? decoded.slice(PREFIX.length) : '';
  if (!/^\d{1,12}$/.test(digits)) {
    const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
    throw new BadRequestException(
      `the cursor "${shown}" is not one this API gave: use a page's endCursor`,
    );
  }
  return Number(digits) + 1;
}
