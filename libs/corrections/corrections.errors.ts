import { BadRequestException } from '@nestjs/common';

export enum CorrectionErrorCode {
  /** Every value given is the one already stored. */
  NothingToCorrect = 'nothing_to_correct',
  /** The assessment was replaced by a newer version: correct that one. */
  SupersededVersion = 'superseded_version',
  /** Later corrections build on this one: undo them first. */
  LaterCorrections = 'later_corrections',
  /** The correction is undone or dropped already. */
  NotInForce = 'not_in_force',
  /** The provision to add already has a row in the assessment. */
  ProvisionExists = 'provision_exists',
}

/** A correction the rules refuse; BAD_USER_INPUT, with the code in `extensions.reason`. */
export class CorrectionError extends BadRequestException {
  constructor(
    readonly reason: CorrectionErrorCode,
    message: string,
  ) {
    super({ message, reason });
    this.name = 'CorrectionError';
  }
}
