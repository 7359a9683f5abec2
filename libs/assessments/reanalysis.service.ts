import type { DataSource } from 'typeorm';
import { ANALYSIS_VERSION, analyseSector, type SectorPhrase } from '@ingest/nlp';
import { periodOfStored } from '@ingest/parse';
import { reapplyCorrections } from '../corrections/correction-replay';
import { periodKey } from './assessments.repository';
import { ReanalysisRepository, type StoredPeriod } from './reanalysis.repository';

export interface ReanalysisSummary {
  assessments: number;
  /** Stored assessments whose period dates or year were read again from their period. */
  periodsUpdated: number;
  landlords: number;
  responses: number;
  flagged: number;
  analysisVersion: string;
  phrases: SectorPhrase[];
}

/**
 * The sector-statistics stage, and `chc reanalyse`: runs the analysis again over every
 * current assessment's stored responses, with sector commonness, and stores the results
 * (one transaction per assessment) and a snapshot of the sector's shared phrases.
 */
export class ReanalysisService {
  constructor(private readonly dataSource: DataSource) {}

  async reanalyseCurrent(
    onProgress?: (done: number, total: number) => void,
  ): Promise<ReanalysisSummary> {
    const periodsUpdated = await this.rederivePeriods();
    const inputs = await new ReanalysisRepository(this.dataSource.manager).findCurrentInputs();
    const sector = analyseSector(
      inputs.map((i) => ({
        id: i.assessmentId,
        landlord: i.landlord,
        responses: i.responses,
        referenceDate: i.completedOn,
      })),
    );
    let responses = 0;
    let flagged = 0;
    for (const [n, input] of inputs.entries()) {
      const analysis = sector.assessments[n]!.analysis;
      await this.dataSource.transaction((manager) =>
        new ReanalysisRepository(manager).saveAnalysis(input, analysis),
      );
      responses += analysis.responses.length;
      flagged += analysis.responses.filter((r) => r.boilerplate.flag).length;
      onProgress?.(n + 1, inputs.length);
    }
    await new ReanalysisRepository(this.dataSource.manager).saveSectorStatistics(
      ANALYSIS_VERSION,
      sector.landlords,
      inputs.length,
      sector.phrases,
    );
    return {
      assessments: inputs.length,
      periodsUpdated,
      landlords: sector.landlords,
      responses,
      flagged,
      analysisVersion: ANALYSIS_VERSION,
      phrases: sector.phrases,
    };
  }

  /**
   * Assessments stored before the year was read from the period get it now, from their
   * stored period and completion date; a year read from the document itself is never
   * replaced by an unknown one.
   */
  private async rederivePeriods(): Promise<number> {
    const repository = new ReanalysisRepository(this.dataSource.manager);
    const changed: StoredPeriod[] = [];
    for (const stored of await repository.findPeriods()) {
      const read = periodOfStored(stored.period, stored.completedOn);
      const next = {
        ...stored,
        periodStart: read.periodStart ?? stored.periodStart,
        periodEnd: read.periodEnd ?? stored.periodEnd,
        year: read.year ?? stored.year,
      };
      next.periodKey = periodKey(next);
      if (
        next.periodStart !== stored.periodStart ||
        next.periodEnd !== stored.periodEnd ||
        next.year !== stored.year ||
        next.periodKey !== stored.periodKey
      ) {
        changed.push(next);
      }
    }
    // A period or year an analyst corrected outranks the one read again from the period text.
    await this.dataSource.transaction(async (manager) => {
      await new ReanalysisRepository(manager).savePeriods(changed);
      await reapplyCorrections(
        manager,
        changed.map((c) => c.id),
        ['period', 'year'],
      );
    });
    return changed.length;
  }
}
