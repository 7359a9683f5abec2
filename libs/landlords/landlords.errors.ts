export enum RegistryImportErrorCode {
  Empty = 'empty',
  NoRows = 'no_rows',
  NoNameColumn = 'no_name_column',
}

/** A registry file that cannot be imported at all (as opposed to one bad row in it). */
export class RegistryImportError extends Error {
  constructor(
    readonly code: RegistryImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryImportError';
  }
}
