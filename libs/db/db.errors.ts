export enum DatabaseErrorCode {
  /** Another live process has the embedded data folder open. */
  DataFolderBusy = 'data_folder_busy',
  /** This process lost its lock on the data folder while it had it open. */
  DataFolderLockLost = 'data_folder_lock_lost',
}

/** The database cannot be opened or kept open safely. */
export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
