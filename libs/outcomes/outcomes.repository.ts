import type { EntityManager } from 'typeorm';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';
import { LandlordEntity } from '../landlords/entities/landlord.entity';
import { OutcomeEventEntity } from './entities/outcome-event.entity';
import { OutcomeImportEntity } from './entities/outcome-import.entity';
import { OutcomeMeasureEntity } from './entities/outcome-measure.entity';
import { OutcomeNameLinkEntity } from './entities/outcome-name-link.entity';
import { bulkInsert } from './bulk-insert';
import { landlordMatcher, type LandlordMatcher } from './landlord-matcher';
import { recount } from './outcome-counts';
import type { EventRow, MeasureRow } from './outcome-rows';

export type ImportValues = Pick<
  OutcomeImportEntity,
  'id' | 'source' | 'fileName' | 'sha256' | 'years' | 'rowsRead' | 'problems'
>;

export interface UnmatchedName {
  name: string;
  source: string;
  rows: number;
  years: number[];
}

/** Each name in the outcome sources that matches no landlord: name, source, rows, years. */
export const UNMATCHED_NAMES_SQL = `SELECT "landlordName" AS "name", "source", count(*)::int AS "rows", array_agg(DISTINCT "year" ORDER BY "year") AS "years"
  FROM (SELECT "landlordName", "source", "year" FROM "outcome_measure" WHERE "landlordId" IS NULL AND "row" IS NOT NULL
        UNION ALL SELECT "landlordName", "source", "year" FROM "outcome_event" WHERE "landlordId" IS NULL) x
  GROUP BY "landlordName", "source"`;

/** Outcome files, their rows and landlord matching: the only place that stores them. */
export class OutcomesRepository {
  constructor(private readonly manager: EntityManager) {}

  findImport(source: string, sha256: string): Promise<OutcomeImportEntity | null> {
    return this.manager
      .getRepository(OutcomeImportEntity)
      .findOne({ where: { source: source as never, sha256 } });
  }

  async matcher(): Promise<LandlordMatcher> {
    const landlords = await this.manager.getRepository(LandlordEntity).find({
      select: { id: true, name: true, aliases: true, registrationNumber: true },
    });
    const links = await this.manager.getRepository(OutcomeNameLinkEntity).find();
    return landlordMatcher(landlords, new Map(links.map((l) => [l.nameKey, l.landlordId])));
  }

  /**
   * One file's rows in one transaction, replacing what earlier files of the same source
   * gave for the same years in the same layout (a newer edition of a year supersedes the
   * older one): cases (findings, orders) when `replaces.cases`, landlord-level rows when
   * `replaces.landlords`; then the yearly counts made from cases again. The counts made.
   */
  async storeImport(
    values: ImportValues,
    { measures, events }: { measures: MeasureRow[]; events: EventRow[] },
    replaces: { cases: boolean; landlords: boolean },
    onChunk: (stored: number) => void,
  ): Promise<MeasureRow[]> {
    return this.manager.transaction(async (tx) => {
      await tx.getRepository(OutcomeImportEntity).insert(values);
      const older = `"source" = $1 AND "year" = ANY($2::int[]) AND "importId" <> $3`;
      const params = [values.source, values.years, values.id];
      if (replaces.cases) {
        await tx.query(`DELETE FROM "outcome_event" WHERE ${older}`, params);
      }
      if (replaces.landlords) {
        await tx.query(
          `DELETE FROM "outcome_measure" WHERE ${older} AND "row" IS NOT NULL`,
          params,
        );
      }
      await bulkInsert(tx, OutcomeMeasureEntity, measures, onChunk);
      await bulkInsert(tx, OutcomeEventEntity, events, onChunk);
      return values.source === 'tsm' ? [] : recount(tx, values.source, values.years);
    });
  }

  /** Rows still without a landlord matched again (after new landlords or links); how many now match. */
  async rematch(): Promise<number> {
    const matcher = await this.matcher();
    let matched = 0;
    for (const table of ['outcome_measure', 'outcome_event']) {
      const code = table === 'outcome_measure' ? '"landlordCode"' : 'NULL';
      const names = await this.manager.query<{ name: string; code: string | null }[]>(
        `SELECT DISTINCT "landlordName" AS name, ${code} AS code FROM "${table}" WHERE "landlordId" IS NULL`,
      );
      for (const { name, code: given } of names) {
        const id = matcher.match(name, given);
        if (id) {
          const [, count] = await this.manager.query<[unknown, number]>(
            `UPDATE "${table}" SET "landlordId" = $1 WHERE "landlordId" IS NULL AND "landlordName" = $2`,
            [id, name],
          );
          matched += count;
        }
      }
    }
    if (matched > 0) {
      // A landlord-level row and cases may now name the same landlord: count its year once.
      await this.manager.transaction((tx) => recount(tx, 'ombudsman', null));
    }
    return matched;
  }

  /** Names in the outcome sources that match no landlord, for review. */
  unmatchedNames(source: string | null): Promise<UnmatchedName[]> {
    return this.manager.query(
      `SELECT * FROM (${UNMATCHED_NAMES_SQL}) u WHERE $1::text IS NULL OR "source" = $1
       ORDER BY "name", "source"`,
      [source],
    );
  }

  /**
   * An analyst's link from a name (any spelling with the same key) to a landlord, kept
   * for later imports and applied now to every row of that name that no registration
   * number matched; the rows linked.
   */
  async linkName(name: string, landlordId: string): Promise<number> {
    const nameKey = landlordNameKey(name);
    return this.manager.transaction(async (tx) => {
      await tx
        .getRepository(OutcomeNameLinkEntity)
        .upsert({ nameKey, name, landlordId }, ['nameKey']);
      const [, events] = await tx.query<[unknown, number]>(
        `UPDATE "outcome_event" SET "landlordId" = $1 WHERE "landlordNameKey" = $2`,
        [landlordId, nameKey],
      );
      const spellings = (
        await tx.query<
          {
            n: string;
          }[]
        >(`SELECT DISTINCT "landlordName" AS n FROM "outcome_measure"`)
      )
        .map((r) => r.n)
        .filter((n) => landlordNameKey(n) === nameKey);
      const [, measures] = await tx.query<[unknown, number]>(
        `UPDATE "outcome_measure" m SET "landlordId" = $1 WHERE "landlordName" = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM "landlord" l WHERE l."registrationNumber" = m."landlordCode")`,
        [landlordId, spellings],
      );
      // A landlord-level row and cases may now name the same landlord: count its year once.
      await recount(tx, 'ombudsman', null);
      return events + measures;
    });
  }
}
