export enum QueueErrorCode {
  /** REDIS_URL names a server that does not answer. */
  RedisUnreachable = 'redis_unreachable',
}

/** The queue cannot be used. */
export class QueueError extends Error {
  constructor(
    readonly code: QueueErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QueueError';
  }
}
