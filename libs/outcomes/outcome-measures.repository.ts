import type { EntityManager } from 'typeorm';

export interface StoredMeasure {
  landlordId: string;
  source: string;
  measure: string;
  year: number;
  tenure: string;
  value: number | null;
  marker: string | null;
  numerator: number | null;
  denominator: number | null;
  landlordType: string | null;
  sheet: string;
  row: number | null;
  fileName: string;
  sha256: string;
  homes: number | null;
}

/** Landlords' outcome figures with their provenance, for the API. */
export class OutcomeMeasuresRepository {
  constructor(private readonly manager: EntityManager) {}

  ofLandlords(landlordIds: readonly string[]): Promise<StoredMeasure[]> {
    return this.manager.query(
      `SELECT m."landlordId", m."source", m."measure", m."year", m."tenure", m."value", m."marker", m."numerator",
              m."denominator", m."landlordType", m."sheet", m."row", i."fileName", i."sha256", l."homes"
       FROM "outcome_measure" m JOIN "outcome_import" i ON i."id" = m."importId" JOIN "landlord" l ON l."id" = m."landlordId"
       WHERE m."landlordId" = ANY($1::uuid[])
       ORDER BY m."year" DESC, m."source", m."measure", m."tenure"`,
      [landlordIds],
    );
  }
}
