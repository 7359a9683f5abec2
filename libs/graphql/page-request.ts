import { BadRequestException } from '@nestjs/common';
import { decodeCursor, type CursorPosition } from './cursor';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './page.args';

/** A page as lists are asked for it, cursors decoded: what repositories and lists page by. */
export interface PageRequest {
  /** Only rows after this position, when given. */
  after: CursorPosition | null;
  /** Only rows before this position, when given. */
  before: CursorPosition | null;
  /** How many rows the page holds at most. */
  limit: number;
  /** True for `last`: the rows nearest the end of the window, still returned in list order. */
  fromEnd: boolean;
}

/** Checks and decodes a page's arguments; `first` and `last` together are refused. */
export function pageRequest(args: PageArgs): PageRequest {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw new BadRequestException({
      message: 'give `first` or `last`, not both',
      argumentName: 'last',
    });
  }
  return {
    after: decodeCursor(args.after, 'after'),
    before: decodeCursor(args.before, 'before'),
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    fromEnd: last !== null,
  };
}
