export enum ExtractionErrorCode {
  NotFound = 'not_found',
  NotAFile = 'not_a_file',
  Unreadable = 'unreadable',
}

/** A request the extraction service cannot serve, before any document is read. */
export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
