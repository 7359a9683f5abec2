import type { DataSource } from 'typeorm';
import { ReanalysisService, type ReanalysisSummary } from '../../assessments/reanalysis.service';
import { ClaimsFlagsService } from '../../outcomes/claims-flags.service';
import type { JobRunner } from '../../queue/job-runner';
import type { SectorJobPayload } from '../../queue/job-types';

/**
 * The `sector` job: the analysis again over every current assessment, with sector
 * statistics; then the claims judged again against published outcomes, since the current
 * assessments (the claims) have changed.
 */
export function sectorJobHandler(dataSource: DataSource) {
  return async (
    payload: SectorJobPayload,
  ): Promise<Omit<ReanalysisSummary, 'phrases'> & { reason: string; claimsFlags: number }> => {
    // The phrases are kept in the sector_statistics snapshot; the job's result stays small.
    const { phrases: _stored, ...summary } = await new ReanalysisService(
      dataSource,
    ).reanalyseCurrent();
    const claimsFlags = await new ClaimsFlagsService(dataSource).refresh();
    return { ...summary, reason: payload.reason, claimsFlags };
  };
}

export const sectorJobId = (runId: string) => `sector-${runId}`;

/** An id for one command run, shared by the jobs that belong to it. */
export const newRunId = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

/**
 * After a run stored new assessments, the sector has changed: recompute its statistics.
 * Returns the error when that job failed, else null.
 */
export async function refreshSectorStatistics(
  runner: JobRunner,
  runId: string,
  newAssessments: number,
): Promise<string | null> {
  if (newAssessments === 0) {
    return null;
  }
  const [outcome] = await runner.runAll([
    {
      id: sectorJobId(runId),
      name: 'sector',
      payload: { reason: `${newAssessments} new assessments` },
    },
  ]);
  return outcome && !outcome.ok ? `sector statistics: ${outcome.error ?? 'failed'}` : null;
}
