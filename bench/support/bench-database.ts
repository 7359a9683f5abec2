import type { Client } from 'pg';
import { createScratchDatabase } from '@chc/db';
import { benchServices } from './services';

export interface BenchDatabase {
  url: string;
  /** False when --database-url named a database loaded before. */
  needsLoading: boolean;
  landlords: number;
  years: number;
  drop(): Promise<void>;
}

/**
 * The database a benchmark measures, from its arguments `[landlords] [years]
 * [--database-url URL]`: a scratch database to load (dropped afterwards), or one loaded
 * by an earlier run, left as it is.
 */
export async function benchDatabase(
  args: readonly string[],
  prefix: string,
): Promise<BenchDatabase> {
  const given = args.includes('--database-url')
    ? args[args.indexOf('--database-url') + 1]
    : undefined;
  const [landlords = 2500, years = 5] = args.filter((a) => /^\d+$/.test(a)).map(Number);
  if (given) {
    return { url: given, needsLoading: false, landlords, years, drop: () => Promise.resolve() };
  }
  const scratch = await createScratchDatabase(benchServices().databaseUrl, prefix);
  return { ...scratch, needsLoading: true, landlords, years };
}

export interface SectorCounts {
  landlords: number;
  assessments: number;
  responses: number;
  /** As one line for the report. */
  text: string;
}

export async function sectorCounts(sql: Client): Promise<SectorCounts> {
  const counts = (
    await sql.query<{ landlords: number; assessments: number; responses: number }>(
      'SELECT (SELECT count(*) FROM "landlord")::int AS "landlords", (SELECT count(*) FROM "assessment")::int AS "assessments", (SELECT count(*) FROM "response")::int AS "responses"',
    )
  ).rows[0]!;
  return {
    ...counts,
    text: `sector: ${counts.landlords} landlords, ${counts.assessments} assessments, ${counts.responses} responses`,
  };
}
