/** What a queue should do with a document that failed. */
export enum FailureAction {
  /** The input itself is bad: trying again gives the same answer. */
  GiveUp = 'give_up',
  /** A passing fault (time-out, resource pressure): another attempt may succeed. */
  Retry = 'retry',
}

export enum DocumentErrorCode {
  Empty = 'empty',
  TooLarge = 'too_large',
  UnknownFormat = 'unknown_format',
  Corrupt = 'corrupt',
  Encrypted = 'encrypted',
  ZipBomb = 'zip_bomb',
  /** Markup nested deeper than a reader can follow without exhausting its stack. */
  TooDeep = 'too_deep',
  TimedOut = 'timed_out',
  OutOfMemory = 'out_of_memory',
}

const ACTION_BY_CODE: Record<DocumentErrorCode, FailureAction> = {
  [DocumentErrorCode.Empty]: FailureAction.GiveUp,
  [DocumentErrorCode.TooLarge]: FailureAction.GiveUp,
  [DocumentErrorCode.UnknownFormat]: FailureAction.GiveUp,
  [DocumentErrorCode.Corrupt]: FailureAction.GiveUp,
  [DocumentErrorCode.Encrypted]: FailureAction.GiveUp,
  [DocumentErrorCode.ZipBomb]: FailureAction.GiveUp,
  [DocumentErrorCode.TooDeep]: FailureAction.GiveUp,
  // Every document gets the same reading time, and a hostile one takes as long again on
  // each attempt: retrying only holds the queue up.
  [DocumentErrorCode.TimedOut]: FailureAction.GiveUp,
  [DocumentErrorCode.OutOfMemory]: FailureAction.GiveUp,
};

/** A document that cannot be read, with a one-line reason fit to show a user. */
export class DocumentError extends Error {
  readonly action: FailureAction;

  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
    this.action = ACTION_BY_CODE[code];
  }
}
