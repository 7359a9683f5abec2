export enum OutcomeFileErrorCode {
  Empty = 'empty',
  TooLarge = 'too_large',
  Unreadable = 'unreadable',
  NoHeader = 'no_header',
  NoYear = 'no_year',
}

/** A whole outcome file that cannot be used, with a one-line reason that names the file. */
export class OutcomeFileError extends Error {
  constructor(
    readonly code: OutcomeFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OutcomeFileError';
  }
}

/** One row that could not be read: where it is and why, for the import report. */
export interface RowProblem {
  sheet: string;
  row: number;
  reason: string;
}
