import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { analysisColumns, insertAnalysisRows } from '@chc/assessments/analysis-rows';
import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { ResponseEntity } from '@chc/assessments/entities/response.entity';
import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import type { ExtractedResponse } from '@ingest/core';
import { analyseAssessment, type AnalysedResponse } from '@ingest/nlp';
import type { AnalysedExtraction } from '@ingest/pipeline';
import { syntheticSector } from '@ingest/synthetic';
import { testServices } from '../support/services';

/** Text a document can hold that a careless writer would mangle: quotes, tabs, newlines, backslashes, unicode. */
const AWKWARD = [
  `It's "fully" compliant; see O'Neill's note`,
  'Tab\tseparated\tcells\nand a second line\r\nand a third',
  'C:\\policies\\complaints\\v2 \\n is not a newline, nor \\t a tab; \\\\ two',
  'Ünïcödé: 90 % réponses — “curly” ‘quotes’, 中文, עברית, emoji 🏠🔧, ½ ≤ ≥ €',
  '{"json": [1, "x"]} as text, and <b>markup</b> & ampersands',
  '',
];

/** Synthetic responses made awkward in every text column, then analysed as ingestion would. */
function awkwardResponses(): AnalysedResponse[] {
  const [assessment] = syntheticSector({
    seed: 41,
    landlords: 1,
    secondYearShare: 0,
    edition2022Share: 0,
  });
  const responses = assessment!.responses.map((r, i): ExtractedResponse => ({
    ...r,
    evidence:
      i % 3 === 0
        ? `${r.evidence} ${AWKWARD[i % AWKWARD.length]} See the Complaints Policy section ${i % 9} and the "Compensation Policy".`
        : r.evidence,
    commentary:
      i % 4 === 1
        ? `${AWKWARD[(i + 1) % AWKWARD.length]} We will review this by March 2026.`
        : i % 4 === 3
          ? `${r.commentary} ACTION: Publish a leaflet for residents.`
          : r.commentary,
    rawAnswer: i % 5 === 0 ? `Yes\t(see "notes")` : r.rawAnswer,
    rag: i % 2 === 0 ? null : 'green',
    page: i % 3 === 0 ? null : 1 + (i >> 3),
    provision2024: i % 11 === 0 ? null : r.provision2024,
    mergedInto: i % 13 === 5 ? '1.2' : undefined,
    confidence: i % 7 === 0 ? undefined : 1 / (i + 3),
  }));
  return analyseAssessment(responses, { referenceDate: '2025-06-30' }).responses;
}

/** How responses were stored before: TypeORM inserts of 200 rows, then the analysis rows. */
async function storeAsBefore(
  manager: EntityManager,
  assessmentId: string,
  responses: readonly AnalysedResponse[],
): Promise<void> {
  const rows = responses.map((r, row) => ({
    assessmentId,
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
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await manager
      .getRepository(ResponseEntity)
      .insert(rows.slice(i, i + 200) as QueryDeepPartialEntity<ResponseEntity>[]);
    ids.push(...inserted.identifiers.map((identifier) => identifier.id as string));
  }
  await insertAnalysisRows(manager, ids, responses);
}

/** Every stored cell of an assessment's responses and analysis rows, as PostgreSQL prints it. */
async function storedCells(manager: EntityManager, assessmentId: string) {
  const read = async (sql: string) =>
    (await manager.query<{ cells: string }[]>(sql, [assessmentId])).map((r) => r.cells);
  const child = (table: string) =>
    read(`SELECT (to_jsonb(c) - 'id' - 'responseId' || jsonb_build_object('row', r."row"))::text AS cells
      FROM "${table}" c JOIN "response" r ON r."id" = c."responseId" WHERE r."assessmentId" = $1 ORDER BY 1`);
  return {
    responses: await read(
      `SELECT (to_jsonb(r) - 'id' - 'assessmentId')::text AS cells FROM "response" r WHERE r."assessmentId" = $1 ORDER BY r."row"`,
    ),
    cited: await child('cited_document'),
    actions: await child('action'),
    flags: await child('flag'),
  };
}

function extraction(responses: AnalysedResponse[]): AnalysedExtraction {
  return {
    source: 'response-rows',
    sha256: '',
    format: 'pdf',
    landlord: 'A Landlord',
    codeVersion: '2024',
    assessmentDate: '2025-06-30',
    period: null,
    periodStart: null,
    periodEnd: null,
    year: 2025,
    responses,
    warnings: [],
    confidence: null,
    analysisVersion: 'test',
    indices: {} as AnalysedExtraction['indices'],
    timings: { readMs: 0, parseMs: 0, analyseMs: 0 },
  };
}

const document = (sha256: string) => ({
  source: `https://example.org/${sha256}.pdf`,
  sha256,
  mediaType: 'pdf',
  size: 1,
  fetchedAt: new Date('2025-07-01T00:00:00Z'),
  httpStatus: null,
  etag: null,
  lastModified: null,
});

describe.each(['PostgreSQL', 'PGlite'])('storing responses in one statement (%s)', (server) => {
  let database: Database;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    if (server === 'PGlite') {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'chc-rows-'));
      database = await openDatabase(loadConfig({ CHC_DATA_DIR: dataDir }));
      cleanUp = () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true }));
    } else {
      const scratch = await createScratchDatabase(testServices().databaseUrl, 'chc_rows');
      database = await openDatabase(loadConfig({ DATABASE_URL: scratch.url }));
      cleanUp = scratch.drop;
    }
  }, 120_000);

  afterAll(async () => {
    await database.close();
    await cleanUp();
  });

  it('should store every cell as the row-by-row inserts did, nulls, JSON and awkward text included', async () => {
    const responses = awkwardResponses();
    const stored = await database.dataSource.transaction((manager) =>
      new AssessmentsRepository(manager).saveAssessment(
        document('a'.repeat(64)),
        extraction(responses),
        null,
        '1.0.0',
      ),
    );
    const before = await database.dataSource.transaction(async (manager) => {
      const empty = await new AssessmentsRepository(manager).saveAssessment(
        document('b'.repeat(64)),
        extraction([]),
        null,
        '1.0.0',
      );
      await storeAsBefore(manager, empty.assessmentId, responses);
      return empty;
    });
    const now = await storedCells(database.dataSource.manager, stored.assessmentId);
    const then = await storedCells(database.dataSource.manager, before.assessmentId);
    expect(now).toEqual(then);
    // Not a comparison of two empty sets: every kind of row and awkward cell is there.
    expect(now.responses).toHaveLength(responses.length);
    expect(now.cited.length).toBeGreaterThan(0);
    expect(now.actions.some((a) => a.includes('"dueFrom": null'))).toBe(true);
    expect(now.actions.some((a) => /"dueFrom": "\d{4}-\d\d-\d\d"/.test(a))).toBe(true);
    expect(now.flags.some((f) => f.includes('"kind": "boilerplate"'))).toBe(true);
    const text = now.responses.join('\n');
    for (const fragment of ["O'Neill", '\\t', '\\n', '\\\\', '🏠', '"rag": null', '"page": null']) {
      expect(text).toContain(fragment);
    }
  });

  it("should store a lone surrogate (a broken font's text) as U+FFFD, not fail the document", async () => {
    const responses = awkwardResponses().map((r, i) =>
      i === 0 ? { ...r, evidence: `Policy \ud800 section 2`, commentary: 'We \udc00 did' } : r,
    );
    const stored = await database.dataSource.transaction((manager) =>
      new AssessmentsRepository(manager).saveAssessment(
        document('c'.repeat(64)),
        extraction(analyseAssessment(responses).responses),
        null,
        '1.0.0',
      ),
    );
    const [first] = await database.dataSource.query<{ evidence: string; commentary: string }[]>(
      'SELECT "evidence", "commentary" FROM "response" WHERE "assessmentId" = $1 AND "row" = 0',
      [stored.assessmentId],
    );
    expect(first).toEqual({ evidence: 'Policy \ufffd section 2', commentary: 'We \ufffd did' });
  });
});
