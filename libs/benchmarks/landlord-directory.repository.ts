import type { EntityManager } from 'typeorm';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import type { LandlordEntity } from '../landlords/entities/landlord.entity';
import { nameSearchCondition, type LandlordSearch } from '../landlords/landlords.repository';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from './one-answer.sql';
import { currentAssessmentsSql, landlordConditions, SqlParams } from './sector-filter';

export type DirectoryOrder =
  'name' | 'kind' | 'region' | 'size' | 'period' | 'declaredCompliance' | 'evidenceQuality';

export interface DirectoryRow extends LandlordEntity {
  assessmentId: string | null;
  period: string | null;
  year: number | null;
  answers: number;
  yes: number;
  stated: number;
  declaredCompliance: number | null;
  /** Answers with evidence or commentary, and those of them that are not standard wording. */
  withText: number;
  evidenced: number;
  evidenceQuality: number | null;
  meanSpecificity: number | null;
}

type Column = { sql: string; type: SortKey['type']; empty: string };

const COLUMNS: Record<Exclude<DirectoryOrder, 'name'>, Column[]> = {
  kind: [{ sql: '"kind"', type: 'text', empty: "''" }],
  region: [{ sql: '"region"', type: 'text', empty: "''" }],
  size: [{ sql: '"homes"', type: 'integer', empty: '0' }],
  // Periods are written many ways; the year orders them, the text breaks ties.
  period: [
    { sql: '"year"', type: 'integer', empty: '0' },
    { sql: '"period"', type: 'text', empty: "''" },
  ],
  declaredCompliance: [{ sql: '"declaredCompliance"', type: 'double precision', empty: '0' }],
  evidenceQuality: [{ sql: '"evidenceQuality"', type: 'double precision', empty: '0' }],
};

const BY_NAME = (descending: boolean): SortKey[] => [
  { sql: 'lower("name")', type: 'text', descending },
  { sql: '"id"', type: 'uuid', descending },
];

/** The keyset order: the sorted column with its empty values last either way, then the name. */
function directoryOrder(order: DirectoryOrder, descending: boolean): SortKey[] {
  if (order === 'name') {
    return BY_NAME(descending);
  }
  const keys = COLUMNS[order].flatMap((column): SortKey[] => [
    { sql: `(${column.sql} IS NULL)::int`, type: 'integer' },
    { sql: `COALESCE(${column.sql}, ${column.empty})`, type: column.type, descending },
  ]);
  return [...keys, ...BY_NAME(false)];
}

/**
 * Every landlord in the filter with its current assessment's figures (one answer per 2024
 * provision, as the benchmarks count them): declared compliance is yes / stated, evidence
 * quality is answers with text that is not standard wording / answers with text. Other views
 * (the outcomes scatter) select from it so the figures are defined once.
 */
export function directorySql(filter: LandlordSearch, params: SqlParams): string {
  const current = currentAssessmentsSql({ editions: filter.editions, years: filter.years }, params);
  const conditions = landlordConditions(filter, params);
  if (filter.search?.trim()) {
    conditions.push(nameSearchCondition(filter.search.trim(), params));
  }
  if ((filter.editions?.length ?? 0) > 0 || (filter.years?.length ?? 0) > 0) {
    conditions.push('cur."id" IS NOT NULL');
  }
  return `WITH cur AS (${current}),
     stats AS (
       SELECT r."assessmentId", count(*)::int AS "answers",
         count(*) FILTER (WHERE r."compliance" = 'yes')::int AS "yes",
         count(*) FILTER (WHERE r."compliance" IN ('yes', 'partial', 'no'))::int AS "stated",
         count(*) FILTER (WHERE r."hasText")::int AS "withText",
         count(*) FILTER (WHERE r."hasText" AND NOT r."boilerplate")::int AS "evidenced",
         avg(r."specificity") FILTER (WHERE r."hasText")::float8 AS "meanSpecificity"
       FROM (${oneAnswerPerProvisionSql('cur', COUNTED_COLUMNS)}) r GROUP BY r."assessmentId")
     SELECT l.*, cur."id" AS "assessmentId", a."period", a."year",
       coalesce(s."answers", 0) AS "answers", coalesce(s."yes", 0) AS "yes", coalesce(s."stated", 0) AS "stated",
       s."yes"::float8 / nullif(s."stated", 0) AS "declaredCompliance",
       coalesce(s."withText", 0) AS "withText", coalesce(s."evidenced", 0) AS "evidenced",
       s."evidenced"::float8 / nullif(s."withText", 0) AS "evidenceQuality", s."meanSpecificity"
     FROM "landlord" l
     LEFT JOIN cur ON cur."landlordId" = l."id"
     LEFT JOIN "assessment" a ON a."id" = cur."id"
     LEFT JOIN stats s ON s."assessmentId" = cur."id"
     ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

/**
 * Every landlord with its current assessment's figures (one answer per 2024 provision, as
 * the benchmarks count them), filtered, sorted and paged in SQL; the sorted column orders
 * its empty values last either way, then the name.
 */
export class LandlordDirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  page(
    filter: LandlordSearch,
    order: DirectoryOrder,
    descending: boolean,
    page: PageRequest,
  ): Promise<(DirectoryRow & KeysetRow)[]> {
    const params = new SqlParams();
    const base = directorySql(filter, params);
    return this.manager.query(
      keysetPageSql(base, directoryOrder(order, descending), page, (value) => params.add(value)),
      params.values,
    );
  }
}
