import type { DataSource } from 'typeorm';
import { AssessmentReadsRepository } from '@chc/assessments/assessment-reads.repository';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '@chc/benchmarks';
import { PeerGroupValue } from '@chc/benchmarks/dto/scorecard.object';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from '@chc/benchmarks/one-answer.sql';
import { peerFilter } from '@chc/benchmarks/peer-filter';
import { PeersRepository, type ScorecardRow } from '@chc/benchmarks/peers.repository';
import { LandlordEntity } from '@chc/landlords';
import { loadSyntheticSector } from '../../bench/support/load-sector';
import { random, SECTOR_CHANGES } from '../support/sector-changes';
import { withScratchStore } from '../support/scratch-store';

/** Half a hundredth: how far rounding specificity to hundredths may move a median. */
const RESOLUTION = 0.005 + 1e-6;

/** Per response of the landlord's, its peers' answers in the same hundredth of specificity. */
async function peersInMyHundredth(ds: DataSource, filter: SectorFilter, mine: string, me: string) {
  const params = new SqlParams();
  const current = currentAssessmentsSql(filter, params);
  const bucket = (alias: string) => `round(${alias}."specificity"::float8 * 100)`;
  const rows = await ds.query<{ responseId: string; n: number }[]>(
    `WITH peers AS (SELECT * FROM (${current}) c WHERE c."landlordId" IS DISTINCT FROM ${params.add(me)}::uuid),
     me AS (SELECT "id", "edition" FROM "assessment" WHERE "id" = ${params.add(mine)}::uuid),
     m AS (${oneAnswerPerProvisionSql('me', 'r."id", r."provision2024", r."specificity"')}),
     p AS (${oneAnswerPerProvisionSql('peers', COUNTED_COLUMNS)})
     SELECT m."id" AS "responseId", count(p."assessmentId")::int AS "n"
     FROM m JOIN p ON p."provision2024" = m."provision2024" AND ${bucket('p')} = ${bucket('m')} GROUP BY 1`,
    params.values,
  );
  return new Map(rows.map((r) => [r.responseId, r.n]));
}

/** How one provision's row from the rollups differs from the recount, if it does. */
function difference(a: ScorecardRow, b: ScorecardRow | undefined, inMyBucket: number) {
  if (!b) {
    return 'not in the recount';
  }
  if (a.peers !== b.peers || a.peersYes !== b.peersYes) {
    return `peers ${a.peers}/${b.peers}, yes ${a.peersYes}/${b.peersYes}`;
  }
  if (a.peersBoilerplateRate !== b.peersBoilerplateRate) {
    return `boilerplate rate ${a.peersBoilerplateRate}/${b.peersBoilerplateRate}`;
  }
  const median = (r: ScorecardRow) => r.peersMedianSpecificity;
  if ((median(a) === null) !== (median(b) === null)) {
    return `median ${median(a)}/${median(b)}`;
  }
  if (median(a) !== null && Math.abs(median(a)! - median(b)!) > RESOLUTION) {
    return `median ${median(a)}/${median(b)}`;
  }
  // Peers in lower hundredths are less specific; of those in its own hundredth, some may be.
  if (a.peersBelow > b.peersBelow || b.peersBelow - a.peersBelow > inMyBucket) {
    return `below ${a.peersBelow}/${b.peersBelow} with ${inMyBucket} in its hundredth`;
  }
  return null;
}

/** Scorecards of a few landlords against every peer group, from the rollups and recounted. */
async function scorecardMismatches(ds: DataSource, seed: number, landlords: number) {
  const repository = new PeersRepository(ds.manager);
  const reads = new AssessmentReadsRepository(ds.manager);
  const picked = await ds
    .getRepository(LandlordEntity)
    .createQueryBuilder('l')
    .orderBy(`md5(l."id"::text || :seed)`)
    .setParameter('seed', String(seed))
    .limit(landlords)
    .getMany();
  const [{ latest } = { latest: 0 }] = await ds.query<{ latest: number }[]>(
    `SELECT max("year")::int AS "latest" FROM "assessment"`,
  );
  const problems: string[] = [];
  let compared = 0;
  for (const landlord of picked) {
    for (const years of [null, [latest], [latest - 1, latest - 2]]) {
      const [current] = await reads.currentAssessmentIds([landlord.id], years);
      if (!current) {
        continue;
      }
      for (const group of Object.values(PeerGroupValue)) {
        const filter = { ...peerFilter(landlord, group).filter, years };
        const args = [current.id, landlord.id, filter] as const;
        const recount = new Map(
          (await repository.scorecardFromResponses(...args)).map((r) => [r.responseId, r]),
        );
        const rollups = await repository.scorecard(...args);
        const hundredths = await peersInMyHundredth(ds, filter, current.id, landlord.id);
        expect(rollups.length).toBe(recount.size);
        for (const row of rollups) {
          const same = hundredths.get(row.responseId) ?? 0;
          const problem = difference(row, recount.get(row.responseId), same);
          compared += row.peers > 0 ? 1 : 0;
          if (problem) {
            problems.push(
              `${landlord.name} ${group} ${JSON.stringify(years)} ${row.provision}: ${problem}`,
            );
          }
        }
      }
    }
  }
  return { compared, problems };
}

async function expectScorecardsEqualRecount(
  ds: DataSource,
  step: string,
  seed: number,
  landlords: number,
) {
  const { compared, problems } = await scorecardMismatches(ds, seed, landlords);
  expect(compared).toBeGreaterThan(0);
  expect({ step, problems: problems.slice(0, 10) }).toEqual({ step, problems: [] });
}

async function exercise(ds: DataSource, rounds: number, landlords: number): Promise<void> {
  await expectScorecardsEqualRecount(ds, 'loaded', 0, landlords);
  const next = random(29);
  for (let round = 0; round < rounds; round++) {
    for (const [step, change] of SECTOR_CHANGES) {
      await change(ds, next);
      await expectScorecardsEqualRecount(ds, `round ${round}: ${step}`, next(), landlords);
    }
  }
}

describe('scorecard from the rollups against a recount', () => {
  it('should give the peers’ figures a recount gives through ingests, supersedes, corrections and landlord changes on PostgreSQL', async () => {
    await withScratchStore('postgres', 'chc_scorecard', async (database) => {
      await loadSyntheticSector(database.dataSource, 24, 3);
      await exercise(database.dataSource, 2, 6);
    });
  }, 300_000);

  it('should give the peers’ figures a recount gives on the embedded database (PGlite)', async () => {
    await withScratchStore('embedded', 'chc-scorecard', async (database) => {
      await loadSyntheticSector(database.dataSource, 10, 2);
      await exercise(database.dataSource, 1, 4);
    });
  }, 300_000);
});
