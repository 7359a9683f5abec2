/* The main API queries, each with the hand-written SQL that gives the same answer. */
import type { Client } from 'pg';

export interface ApiCase {
  name: string;
  /** An aggregate over the whole sector, which the rollups must answer faster than SQL does. */
  wholeSector?: boolean;
  graphql: string;
  variables(sql: Client): Promise<Record<string, unknown>>;
  sql(sql: Client, variables: Record<string, unknown>): Promise<unknown>;
}

// The latest assessment of each landlord, written out by hand.
const CURRENT = `SELECT DISTINCT ON (a."landlordId") a."id", a."landlordId" FROM "assessment" a
  JOIN "landlord" l ON l."id" = a."landlordId" WHERE a."supersededById" IS NULL %WHERE%
  ORDER BY a."landlordId", a."year" DESC, a."completedOn" DESC, a."createdAt" DESC`;
const current = (where = '') => CURRENT.replace('%WHERE%', where);

const COUNTS = `count(*) FILTER (WHERE r."compliance" = 'yes') AS yes, count(*) FILTER (WHERE r."compliance" = 'no') AS no,
  count(*) FILTER (WHERE r."compliance" = 'partial') AS partial, count(*) FILTER (WHERE r."compliance" = 'not_applicable') AS na,
  count(*) FILTER (WHERE r."compliance" = 'not_stated') AS ns,
  avg(r."boilerplate"::int) FILTER (WHERE r."hasText") AS bp,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r."specificity") AS median`;

const first = async (sql: Client, query: string, params: unknown[] = []) =>
  (await sql.query<{ id: string }>(query, params)).rows[0]!.id;

const noVariables = () => Promise.resolve({});

export const API_CASES: ApiCase[] = [
  {
    name: 'provisionBenchmarks',
    wholeSector: true,
    graphql:
      '{ provisionBenchmarks { provision yes no partial notApplicable notStated boilerplateRate specificity { median } } }',
    variables: noVariables,
    sql: (sql) =>
      sql.query(`WITH cur AS (${current()}) SELECT r."provision2024", ${COUNTS}
        FROM "response" r JOIN cur ON cur."id" = r."assessmentId" WHERE r."provision2024" IS NOT NULL GROUP BY 1`),
  },
  {
    name: 'provisionBenchmarks filtered',
    graphql:
      '{ provisionBenchmarks(filter: { kinds: [LOCAL_AUTHORITY], sizeBands: [LARGE] }) { provision yes no partial notApplicable notStated boilerplateRate } }',
    variables: noVariables,
    sql: (sql) =>
      sql.query(`WITH cur AS (${current(`AND l."kind" = 'local_authority' AND l."homes" >= 10000 AND l."homes" < 30000`)})
        SELECT r."provision2024", ${COUNTS} FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
        WHERE r."provision2024" IS NOT NULL GROUP BY 1`),
  },
  {
    name: 'provisionBenchmarks 2023',
    graphql:
      '{ provisionBenchmarks(filter: { years: [2023] }) { provision yes no partial notApplicable notStated boilerplateRate specificity { median } } }',
    variables: noVariables,
    sql: (sql) =>
      sql.query(`WITH cur AS (${current('AND a."year" = 2023')}) SELECT r."provision2024", ${COUNTS}
        FROM "response" r JOIN cur ON cur."id" = r."assessmentId" WHERE r."provision2024" IS NOT NULL GROUP BY 1`),
  },
  {
    name: 'sectorSummary',
    wholeSector: true,
    graphql:
      '{ sectorSummary { registeredLandlords assessedLandlords fullyCompliant boilerplateRate contradictions coverage { edition assessments } mostNonCompliant { provision notMet } boilerplatePhrases { sentence landlords } landlordDistribution { from compliance boilerplate } } }',
    variables: noVariables,
    // One connection runs them one after another, as the hand-written baseline would.
    sql: async (sql) => {
      for (const statement of [
        `WITH cur AS (${current()}) SELECT cur."id", count(*) FILTER (WHERE r."compliance" = 'yes') AS yes,
          count(*) FILTER (WHERE r."compliance" IN ('no', 'partial')) AS gaps, avg(r."boilerplate"::int) AS bp
          FROM "response" r JOIN cur ON cur."id" = r."assessmentId" GROUP BY cur."id"`,
        `WITH cur AS (${current()}) SELECT r."provision2024", ${COUNTS}
          FROM "response" r JOIN cur ON cur."id" = r."assessmentId" WHERE r."provision2024" IS NOT NULL GROUP BY 1`,
        `WITH cur AS (${current()}) SELECT count(*) FROM "flag" f JOIN "response" r ON r."id" = f."responseId"
          JOIN cur ON cur."id" = r."assessmentId" WHERE f."kind" = 'contradiction' AND NOT f."overruled"`,
        'SELECT count(*) FROM "landlord"',
        'SELECT "phrases" FROM "sector_statistics" ORDER BY "computedAt" DESC LIMIT 1',
      ]) {
        await sql.query(statement);
      }
    },
  },
  {
    name: 'landlords search',
    graphql:
      'query($q: String) { landlords(first: 20, filter: { search: $q }) { totalCount edges { node { id name kind region sizeBand } } } }',
    variables: () => Promise.resolve({ q: 'council' }),
    sql: (sql, v) =>
      sql.query(
        `SELECT l."id", l."name", l."kind", l."region", l."homes", count(*) OVER () FROM "landlord" l
         WHERE l."name" ILIKE $1 OR EXISTS (SELECT 1 FROM unnest(l."aliases") a WHERE a ILIKE $1)
         ORDER BY l."name", l."id" LIMIT 20`,
        [`%${String(v.q)}%`],
      ),
  },
  {
    name: 'landlord page (nested)',
    graphql:
      'query($id: ID!) { landlord(id: $id) { name currentAssessment { year source { source sha256 } responses(first: 100) { edges { node { provision compliance evidence boilerplate boilerplateReasons specificity flags { kind reason } citedDocuments { name } } } } } } }',
    variables: async (sql) => ({
      id: await first(sql, 'SELECT "id" FROM "landlord" ORDER BY "name" LIMIT 1'),
    }),
    sql: async (sql, v) => {
      const { rows } = await sql.query<{ id: string }>(
        `SELECT c."id" FROM (${current('AND a."landlordId" = $1')}) c`,
        [v.id],
      );
      return sql.query(
        `SELECT l."name", a."year", d."source", d."sha256", r."provision", r."compliance", r."evidence", r."boilerplate", r."analysis"->'boilerplate'->'reasons', r."specificity",
           (SELECT json_agg(json_build_object('kind', f."kind", 'reason', f."reason")) FROM "flag" f WHERE f."responseId" = r."id"),
           (SELECT json_agg(c."name") FROM "cited_document" c WHERE c."responseId" = r."id")
         FROM "assessment" a JOIN "landlord" l ON l."id" = a."landlordId" JOIN "source_document" d ON d."id" = a."documentId"
         JOIN "response" r ON r."assessmentId" = a."id" WHERE a."id" = $1 ORDER BY r."row"`,
        [rows[0]!.id],
      );
    },
  },
  {
    name: 'scorecard (similar peers)',
    graphql:
      'query($id: ID!) { scorecard(landlordId: $id) { peerAssessments yesShare peersYesShare provisions { provision compliance peers peersYesShare peersMedianSpecificity specificityPercentile } } }',
    variables: async (sql) => ({
      id: await first(
        sql,
        `SELECT "id" FROM "landlord" WHERE "kind" = 'housing_association' AND "homes" >= 1000 AND "homes" < 10000 ORDER BY "name" LIMIT 1`,
      ),
    }),
    sql: async (sql, v) => {
      const { rows } = await sql.query<{ id: string }>(
        `SELECT c."id" FROM (${current('AND a."landlordId" = $1')}) c`,
        [v.id],
      );
      return sql.query(
        `WITH peers AS (SELECT c."id" FROM (${current(`AND l."kind" = 'housing_association' AND l."homes" >= 1000 AND l."homes" < 10000`)}) c WHERE c."landlordId" <> $2)
         SELECT m."provision2024", m."compliance", count(p."id"), count(p."id") FILTER (WHERE p."compliance" = 'yes'),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY p."specificity"), count(p."id") FILTER (WHERE p."specificity" < m."specificity")
         FROM "response" m LEFT JOIN ("response" p JOIN peers ON peers."id" = p."assessmentId") ON p."provision2024" = m."provision2024"
         WHERE m."assessmentId" = $1 GROUP BY m."id"`,
        [rows[0]!.id, v.id],
      );
    },
  },
  {
    name: 'compareLandlords (5)',
    graphql:
      'query($ids: [ID!]!) { compareLandlords(landlordIds: $ids) { landlords { summary } provisions { provision differs answers { compliance answerLabel evidenceLabel evidence } } } }',
    variables: async (sql) => ({
      ids: (
        await sql.query<{ id: string }>('SELECT "id" FROM "landlord" ORDER BY "name" LIMIT 5')
      ).rows.map((r) => r.id),
    }),
    sql: (sql, v) =>
      sql.query(
        `WITH cur AS (${current('AND a."landlordId" = ANY($1::uuid[])')})
         SELECT cur."landlordId", l."name", r."provision2024", r."compliance", r."evidence", r."commentary", r."boilerplate", r."specificity"
         FROM cur JOIN "landlord" l ON l."id" = cur."landlordId" JOIN "response" r ON r."assessmentId" = cur."id"`,
        [v.ids],
      ),
  },
  {
    name: 'search evidence',
    graphql:
      '{ search(query: "stage two", first: 20) { totalCount edges { node { rank snippet { text match } response { provision compliance } } } } }',
    variables: noVariables,
    sql: (sql) =>
      sql.query(
        `WITH cur AS (${current()}), q AS (SELECT websearch_to_tsquery('english', 'stage two') AS q),
         hits AS (SELECT r."id", r."provision", r."compliance", r."evidence", r."commentary", ts_rank(to_tsvector('english', r."evidence" || ' ' || r."commentary"), q.q) AS rank, count(*) OVER () AS total
           FROM "response" r JOIN cur ON cur."id" = r."assessmentId", q WHERE to_tsvector('english', r."evidence" || ' ' || r."commentary") @@ q.q
           ORDER BY rank DESC, r."id" LIMIT 20)
         SELECT hits.*, ts_headline('english', hits."evidence" || ' ' || hits."commentary", q.q) FROM hits, q ORDER BY rank DESC`,
      ),
  },
];
