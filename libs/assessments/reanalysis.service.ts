import type { DataSource } from 'typeorm';
import { ANALYSIS_VERSION, analyseSector, type SectorPhrase } from '@ingest/nlp';
import { ReanalysisRepository } from './reanalysis.repository';

export interface ReanalysisSummary {
  assessments: number;
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
      landlords: sector.landlords,
      responses,
      flagged,
      analysisVersion: ANALYSIS_VERSION,
      phrases: sector.phrases,
    };
  }
}
