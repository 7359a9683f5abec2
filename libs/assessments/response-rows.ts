import type { EntityManager } from 'typeorm';
import type { AnalysedResponse } from '@ingest/nlp';
import { analysisColumns, analysisRowsOf } from './analysis-rows';

/**
 * One statement for an assessment's responses and their cited documents, actions and flags:
 * each set goes as one JSON parameter, unpacked by jsonb_to_recordset, and the analysis rows
 * find their response by its row number. A round trip per batch of rows (and TypeORM's
 * statement building) was half the time of an ingest; this is one, on PostgreSQL and PGlite.
 */
const INSERT = `
WITH r AS (
  INSERT INTO "response" ("assessmentId", "provision", "provision2024", "compliance", "rawAnswer", "rag",
    "requirement", "evidence", "commentary", "hasText", "page", "row", "mergedInto", "confidence",
    "boilerplate", "boilerplateScore", "specificity", "analysis")
  SELECT $1::uuid, x.*
  FROM jsonb_to_recordset($2::jsonb) AS x("provision" text, "provision2024" text, "compliance" text,
    "rawAnswer" text, "rag" text, "requirement" text, "evidence" text, "commentary" text, "hasText" boolean,
    "page" integer, "row" integer, "mergedInto" text, "confidence" real, "boilerplate" boolean,
    "boilerplateScore" real, "specificity" real, "analysis" jsonb)
  RETURNING "id", "row"
), c AS (
  INSERT INTO "cited_document" ("responseId", "name", "sections")
  SELECT r."id", x."name", x."sections"
  FROM jsonb_to_recordset($3::jsonb) AS x("row" integer, "name" text, "sections" text[]) JOIN r USING ("row")
), a AS (
  INSERT INTO "action" ("responseId", "text", "dueFrom", "dueTo")
  SELECT r."id", x."text", x."dueFrom", x."dueTo"
  FROM jsonb_to_recordset($4::jsonb) AS x("row" integer, "text" text, "dueFrom" date, "dueTo" date) JOIN r USING ("row")
), f AS (
  INSERT INTO "flag" ("responseId", "kind", "reason")
  SELECT r."id", x."kind", x."reason"
  FROM jsonb_to_recordset($5::jsonb) AS x("row" integer, "kind" text, "reason" text) JOIN r USING ("row")
)
SELECT "id" FROM r ORDER BY "row"`;

// The driver sends text as UTF-8, where a lone surrogate becomes U+FFFD; JSON would keep it
// as a \ud800 escape, which PostgreSQL refuses. Both paths store the same text this way.
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? value.replace(/\p{Surrogate}/gu, '\uFFFD') : value;

const json = (rows: unknown[]) => JSON.stringify(rows, wellFormed);

/**
 * Stores an assessment's analysed responses (in document order) with their analysis rows,
 * and gives the new response ids in the same order. Call inside the ingest transaction.
 */
export async function insertResponses(
  manager: EntityManager,
  assessmentId: string,
  responses: readonly AnalysedResponse[],
): Promise<string[]> {
  if (responses.length === 0) {
    return [];
  }
  const rows = responses.map((r, row) => ({
    provision: r.provision,
    provision2024: r.provision2024,
    compliance: r.compliance,
    rawAnswer: r.rawAnswer,
    rag: r.rag,
    requirement: r.requirement,
    evidence: r.evidence,
    commentary: r.commentary,
    hasText: r.evidence !== '' || r.commentary !== '',
    page: r.page,
    row,
    mergedInto: r.mergedInto ?? null,
    confidence: r.confidence ?? null,
    ...analysisColumns(r),
  }));
  const { cited, actions, flags } = analysisRowsOf(responses);
  const inserted = await manager.query<{ id: string }[]>(INSERT, [
    assessmentId,
    json(rows),
    json(cited),
    json(actions),
    json(flags),
  ]);
  return inserted.map((r) => r.id);
}
