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
  const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new BadRequestException(`"${cursor}" is not a cursor from this API`);
  }
  return offset + 1;
}
