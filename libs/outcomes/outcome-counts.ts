import type { EntityManager } from 'typeorm';
import { countedMeasures, FINDINGS, MALADMINISTRATION_RATE } from '@ingest/outcomes/event-measures';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';
import type { FindingOutcome } from '@ingest/outcomes/ombudsman-outcome';
import { bulkInsert } from './bulk-insert';
import type { OutcomeSource } from './outcome-source';
import { OutcomeMeasureEntity } from './entities/outcome-measure.entity';
import { countedRow, type MeasureRow } from './outcome-rows';

interface StoredEvent {
  importId: string;
  sheet: string;
  year: number;
  landlordId: string | null;
  landlordName: string;
  landlordNameKey: string;
  outcome: FindingOutcome | null;
}

/**
 * Makes again the yearly counts of `source` (findings, maladministration rate, orders) for
 * `years` (every year when null) from the stored cases, and returns them. Where the
 * Ombudsman's landlord-level table gives a landlord's year (the same name key, or the same
 * landlord), the table wins and the cases add nothing to it: it is the Ombudsman's own
 * count for the whole year, while a file of cases may hold only some of them. Whichever
 * order the files come in, each landlord-year is counted once.
 */
export async function recount(
  tx: EntityManager,
  source: OutcomeSource,
  years: readonly number[] | null,
): Promise<MeasureRow[]> {
  const params = [source, years];
  const of = `"source" = $1 AND ($2::int[] IS NULL OR "year" = ANY($2::int[]))`;
  await tx.query(`DELETE FROM "outcome_measure" WHERE ${of} AND "row" IS NULL`, params);
  const events = await tx.query<StoredEvent[]>(
    `SELECT "importId", "sheet", "year", "landlordId", "landlordName", "landlordNameKey", "outcome"
     FROM "outcome_event" WHERE ${of} ORDER BY "importId", "sheet", "row"`,
    params,
  );
  const tabled = await tx.query<{ year: number; landlordId: string | null; name: string }[]>(
    `SELECT DISTINCT "year", "landlordId", "landlordName" AS "name" FROM "outcome_measure"
     WHERE ${of} AND "row" IS NOT NULL AND "measure" = ANY($3::text[])`,
    [...params, [FINDINGS, MALADMINISTRATION_RATE]],
  );
  const covered = new Set(
    tabled.flatMap((t) => [
      `${t.year}|name:${landlordNameKey(t.name)}`,
      ...(t.landlordId ? [`${t.year}|id:${t.landlordId}`] : []),
    ]),
  );
  const byImport = new Map<string, StoredEvent[]>();
  for (const e of events) {
    byImport
      .set(e.importId, byImport.get(e.importId) ?? [])
      .get(e.importId)!
      .push(e);
  }
  const rows: MeasureRow[] = [];
  for (const group of byImport.values()) {
    const first = new Map<string, StoredEvent>();
    for (const e of group) {
      first.set(
        `${e.year}|name:${e.landlordNameKey}`,
        first.get(`${e.year}|name:${e.landlordNameKey}`) ?? e,
      );
    }
    for (const measure of countedMeasures(group)) {
      const byName = `${measure.year}|name:${measure.landlordNameKey}`;
      const event = first.get(byName)!;
      const byId = event.landlordId ? `${measure.year}|id:${event.landlordId}` : null;
      if (!covered.has(byName) && !(byId && covered.has(byId))) {
        rows.push(countedRow(measure, source, event.importId, event.sheet, event.landlordId));
      }
    }
  }
  await bulkInsert(tx, OutcomeMeasureEntity, rows);
  return rows;
}
