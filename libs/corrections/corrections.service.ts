import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LandlordsRepository } from '../landlords/landlords.repository';
import type { Caller } from '../access/caller';
import type { AssessmentEntity } from '../assessments/entities/assessment.entity';
import type { ResponseEntity } from '../assessments/entities/response.entity';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { ClaimsFlagsService } from '../outcomes/claims-flags.service';
import { RESPONSE_FIELDS } from './correction-kinds';
import { CorrectedValuesRepository, snapshotOf } from './corrected-values.repository';
import { CorrectionLogRepository, type CorrectionFilter } from './correction-log.repository';
import { CorrectionWriter, type Change } from './correction-writer';
import { CorrectionError, CorrectionErrorCode } from './corrections.errors';
import type {
  AssessmentCorrectionInput,
  ProvisionInput,
  ResponseCorrectionInput,
} from './dto/correction.inputs';
import type { CorrectionEntity } from './entities/correction.entity';

/** Analysts' corrections of what was read: made, undone, listed. */
@Injectable()
export class CorrectionsService {
  private readonly logger = new Logger(CorrectionsService.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Runs a change in one transaction, then judges the claims again on the corrected values. */
  private async change<T>(
    work: (writer: CorrectionWriter, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const result = await this.dataSource.transaction((manager) =>
      work(new CorrectionWriter(manager), manager),
    );
    // Claims flags read the current responses and assessments: judge them again, after commit.
    await new ClaimsFlagsService(this.dataSource).refresh().catch((error: unknown) => {
      this.logger.warn(`claims flags not refreshed after a correction: ${String(error)}`);
    });
    return result;
  }

  private findResponse(id: string): Promise<ResponseEntity> {
    return new CorrectedValuesRepository(this.dataSource.manager).findResponse(id).then((r) => r!);
  }

  async correctResponse(
    id: string,
    input: ResponseCorrectionInput,
    note: string,
    caller: Caller,
  ): Promise<ResponseEntity> {
    const kinds = (Object.keys(RESPONSE_FIELDS) as (keyof typeof RESPONSE_FIELDS)[]).filter(
      (k) => input[k] !== undefined && input[k] !== null,
    );
    if (kinds.length === 0) {
      throw new CorrectionError(
        CorrectionErrorCode.NothingToCorrect,
        'give at least one of compliance, evidence and commentary',
      );
    }
    await this.change(async (writer) => {
      const response = await writer.response(id);
      const changes: Change[] = kinds.map((kind) => ({
        assessmentId: response.assessmentId,
        provision: response.provision,
        kind,
        value: kind === 'compliance' ? input[kind] : input[kind]!.trim(),
      }));
      return writer.apply(changes, note, caller);
    });
    return this.findResponse(id);
  }

  /** Records that an analyst checked a response and found it read right. */
  async confirmResponse(id: string, note: string, caller: Caller): Promise<ResponseEntity> {
    await this.dataSource.transaction(async (manager) => {
      const writer = new CorrectionWriter(manager);
      const response = await writer.response(id);
      const row = snapshotOf(response);
      await writer.apply(
        [
          {
            assessmentId: response.assessmentId,
            provision: response.provision,
            kind: 'confirmed',
            value: row,
          },
        ],
        note,
        caller,
      );
    });
    return this.findResponse(id);
  }

  async addProvision(
    assessmentId: string,
    input: ProvisionInput,
    note: string,
    caller: Caller,
  ): Promise<ResponseEntity> {
    const [made] = await this.change(async (writer, manager) => {
      await writer.assessment(assessmentId);
      const values = new CorrectedValuesRepository(manager);
      const existing = await values.current('provision_added', assessmentId, input.provision);
      if (existing?.value) {
        throw new CorrectionError(
          CorrectionErrorCode.ProvisionExists,
          `assessment ${assessmentId} already has a row for provision ${input.provision} (${existing.responseId}): correct that one`,
        );
      }
      const value = {
        provision: input.provision,
        compliance: input.compliance,
        evidence: input.evidence.trim(),
        commentary: input.commentary.trim(),
      };
      return writer.apply(
        [{ assessmentId, provision: input.provision, kind: 'provision_added', value }],
        note,
        caller,
      );
    });
    return this.findResponse(made!.responseId!);
  }

  /** Removes a row the extractor made wrongly; the correction keeps the whole row. */
  removeProvision(responseId: string, note: string, caller: Caller): Promise<CorrectionEntity> {
    return this.change(async (writer) => {
      const response = await writer.response(responseId);
      const [made] = await writer.apply(
        [
          {
            assessmentId: response.assessmentId,
            provision: response.provision,
            kind: 'provision_removed',
            value: null,
          },
        ],
        note,
        caller,
      );
      return made!;
    });
  }

  async correctAssessment(
    id: string,
    input: AssessmentCorrectionInput,
    note: string,
    caller: Caller,
  ): Promise<AssessmentEntity> {
    const kinds = (['landlord', 'period', 'year'] as const).filter((k) => {
      const given = k === 'landlord' ? input.landlordId : input[k];
      return given !== undefined && given !== null;
    });
    if (kinds.length === 0) {
      throw new CorrectionError(
        CorrectionErrorCode.NothingToCorrect,
        'give at least one of landlordId, period and year',
      );
    }
    await this.change(async (writer, manager) => {
      await writer.assessment(id);
      if (
        input.landlordId &&
        !(await new LandlordsRepository(manager).findById(input.landlordId))
      ) {
        throw new NotFoundException(`no landlord has the id ${input.landlordId}`);
      }
      const value = { landlord: input.landlordId, period: input.period?.trim(), year: input.year };
      return writer.apply(
        kinds.map((kind) => ({ assessmentId: id, provision: null, kind, value: value[kind] })),
        note,
        caller,
      );
    });
    return (await new CorrectedValuesRepository(this.dataSource.manager).findAssessment(id))!;
  }

  undo(id: string, caller: Caller): Promise<CorrectionEntity> {
    return this.change((writer) => writer.undo(id, caller.name));
  }

  async list(filter: CorrectionFilter, page: PageRequest): Promise<Connection<CorrectionEntity>> {
    const rows = await new CorrectionLogRepository(this.dataSource.manager).page(filter, page);
    return keysetConnection(rows, page, (row) => row.correction);
  }
}
