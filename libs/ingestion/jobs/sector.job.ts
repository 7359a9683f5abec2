import type { DataSource } from 'typeorm';
import { ReanalysisService, type ReanalysisSummary } from '../../assessments/reanalysis.service';
import type { SectorJobPayload } from '../../queue/job-types';

/** The `sector` job: the analysis again over every current assessment, with sector statistics. */
export function sectorJobHandler(dataSource: DataSource) {
  return async (
    payload: SectorJobPayload,
  ): Promise<Omit<ReanalysisSummary, 'phrases'> & { reason: string }> => {
    const { phrases, ...summary } = await new ReanalysisService(dataSource).reanalyseCurrent();
    void phrases;
    return { ...summary, reason: payload.reason };
  };
}

export const sectorJobId = (runId: string) => `sector-${runId}`;
