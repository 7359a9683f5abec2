/* Loads a synthetic sector straight into the database (no documents to read): one year
   analysed and stored as ingestion stores it, then copied back over earlier years with
   some answers changed, so benchmarks get a realistic volume fast. */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';
import { EXTRACTOR_VERSION } from '@chc/ingestion';
import { LandlordEntity } from '@chc/landlords';
import { analyseAssessment } from '@ingest/nlp';
import { syntheticSector } from '@ingest/synthetic';

export interface LoadedSector {
  landlords: number;
  assessments: number;
  responses: number;
  seconds: number;
}

async function copyToEarlierYears(dataSource: DataSource, years: number): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`CREATE TEMP TABLE amap ON COMMIT DROP AS
      SELECT a."id" AS "old", gen_random_uuid() AS "new", gen_random_uuid() AS "doc", k
      FROM "assessment" a, generate_series(1, ${years - 1}) k`);
    await manager.query(`INSERT INTO "source_document" ("id", "source", "sha256", "mediaType", "size", "fetchedAt", "outcome", "warnings")
      SELECT m."doc", d."source" || '#' || m.k, encode(sha256((m."doc"::text)::bytea), 'hex'), d."mediaType", d."size", d."fetchedAt" - make_interval(years => m.k), 'extracted', '{}'
      FROM amap m JOIN "assessment" a ON a."id" = m."old" JOIN "source_document" d ON d."id" = a."documentId"`);
    await manager.query(`INSERT INTO "assessment" ("id", "landlordId", "landlordNameInDocument", "documentId", "edition", "period", "periodKey", "completedOn", "year", "extractorVersion", "analysisVersion", "indices", "supersededById")
      SELECT m."new", a."landlordId", a."landlordNameInDocument", m."doc", a."edition", NULL, (a."year" - m.k)::text, a."completedOn" - make_interval(years => m.k), a."year" - m.k, a."extractorVersion", a."analysisVersion", a."indices", NULL
      FROM amap m JOIN "assessment" a ON a."id" = m."old"`);
    await manager.query(`CREATE TEMP TABLE rmap ON COMMIT DROP AS
      SELECT r."id" AS "old", gen_random_uuid() AS "new", m."new" AS "assessment"
      FROM amap m JOIN "response" r ON r."assessmentId" = m."old"`);
    // Earlier years answered a little worse: one answer in eight was partial or no.
    await manager.query(`INSERT INTO "response" ("id", "assessmentId", "provision", "provision2024", "compliance", "rawAnswer", "rag", "requirement", "evidence", "commentary", "hasText", "page", "row", "mergedInto", "boilerplate", "boilerplateScore", "specificity", "analysis")
      SELECT x."new", x."assessment", r."provision", r."provision2024",
        CASE WHEN abs(hashtext(x."new"::text)) % 8 = 0 THEN (ARRAY['partial', 'no'])[1 + abs(hashtext(r."id"::text)) % 2] ELSE r."compliance" END,
        r."rawAnswer", r."rag", r."requirement", r."evidence", r."commentary", r."hasText", r."page", r."row", r."mergedInto", r."boilerplate", r."boilerplateScore", r."specificity", r."analysis"
      FROM rmap x JOIN "response" r ON r."id" = x."old"`);
    await manager.query(`INSERT INTO "flag" ("responseId", "kind", "reason", "overruled")
      SELECT x."new", f."kind", f."reason", f."overruled" FROM rmap x JOIN "flag" f ON f."responseId" = x."old"`);
    await manager.query(`INSERT INTO "cited_document" ("responseId", "name", "sections")
      SELECT x."new", c."name", c."sections" FROM rmap x JOIN "cited_document" c ON c."responseId" = x."old"`);
  });
  // What autovacuum does on a live server, so the covering index is read without the table.
  await dataSource.query('VACUUM ANALYZE');
}

/** The sector every benchmark uses: one assessment per landlord, a tenth on the 2022 Code. */
export const benchSector = (landlords: number) =>
  syntheticSector({ seed: 2025, landlords, secondYearShare: 0, edition2022Share: 0.1 });

/** Loads `landlords` synthetic landlords with `years` years of assessments each. */
export async function loadSyntheticSector(
  dataSource: DataSource,
  landlords: number,
  years: number,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedSector> {
  const started = performance.now();
  const sector = benchSector(landlords);
  const ids = new Map<string, string>();
  for (const { landlord } of sector) {
    const inserted = await dataSource.getRepository(LandlordEntity).insert({
      name: landlord.name,
      kind: landlord.kind,
      region: landlord.region,
      homes: landlord.homes,
      website: landlord.website,
      websiteHost: new URL(landlord.website).hostname.replace(/^www\./, ''),
      aliases: [],
      registrationIds: {},
    });
    ids.set(landlord.name, inserted.identifiers[0]!.id as string);
  }
  for (const [i, assessment] of sector.entries()) {
    const date = `${assessment.year}-06-30`;
    const analysis = analyseAssessment(assessment.responses, { referenceDate: date });
    const sha256 = createHash('sha256')
      .update(`${assessment.landlord.name}/${assessment.year}`)
      .digest('hex');
    await dataSource.transaction((manager) =>
      new AssessmentsRepository(manager).saveAssessment(
        {
          source: `${assessment.landlord.website}/self-assessment.pdf`,
          sha256,
          mediaType: 'application/pdf',
          size: 100_000,
          fetchedAt: new Date(),
          httpStatus: 200,
          etag: null,
          lastModified: null,
        },
        {
          source: assessment.landlord.website,
          sha256,
          format: 'pdf',
          landlord: assessment.landlord.name,
          codeVersion: assessment.edition,
          assessmentDate: date,
          period: null,
          periodStart: null,
          periodEnd: null,
          year: assessment.year,
          warnings: [],
          // Generated responses, not read from a document: there is nothing to be unsure of.
          confidence: null,
          timings: { readMs: 0, parseMs: 0, analyseMs: 0 },
          ...analysis,
        },
        ids.get(assessment.landlord.name)!,
        EXTRACTOR_VERSION,
      ),
    );
    onProgress?.(i + 1, sector.length);
  }
  await new ReanalysisService(dataSource).reanalyseCurrent();
  if (years > 1) {
    await copyToEarlierYears(dataSource, years);
  }
  const [counts] = await dataSource.query<{ assessments: number; responses: number }[]>(
    'SELECT (SELECT count(*) FROM "assessment")::int AS "assessments", (SELECT count(*) FROM "response")::int AS "responses"',
  );
  return { landlords, ...counts!, seconds: (performance.now() - started) / 1000 };
}
