import type { EntityManager } from 'typeorm';
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
  evidenceQuality: number | null;
  meanSpecificity: number | null;
  total: number;
}

const ORDER_SQL: Record<DirectoryOrder, string> = {
  name: 'lower(l."name")',
  kind: 'l."kind"',
  region: 'l."region"',
  size: 'l."homes"',
  // Periods are written many ways; the year orders them, the text breaks ties.
  period: 'l."year", l."period"',
  declaredCompliance: 'l."declaredCompliance"',
  evidenceQuality: 'l."evidenceQuality"',
};

/**
 * Every landlord with its current assessment's figures (one answer per 2024 provision, as
 * the benchmarks count them), filtered, sorted and paged in SQL; the sorted column orders
 * its empty values last either way, then the name.
 */
export class LandlordDirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  async page(
    filter: LandlordSearch,
    order: DirectoryOrder,
    descending: boolean,
    offset: number,
    limit: number,
  ): Promise<{ rows: DirectoryRow[]; total: number }> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(
      { editions: filter.editions, years: filter.years },
      params,
    );
    const conditions = landlordConditions(filter, params);
    if (filter.search?.trim()) {
      conditions.push(nameSearchCondition(filter.search.trim(), params));
    }
    if ((filter.editions?.length ?? 0) > 0 || (filter.years?.length ?? 0) > 0) {
      conditions.push('cur."id" IS NOT NULL');
    }
    const direction = descending ? 'DESC' : 'ASC';
    const sortKey = ORDER_SQL[order]
      .split(', ')
      .map((key) => `${key} ${direction} NULLS LAST`)
      .join(', ');
    const from = `FROM "landlord" l
       LEFT JOIN cur ON cur."landlordId" = l."id"
       LEFT JOIN "assessment" a ON a."id" = cur."id"
       LEFT JOIN stats s ON s."assessmentId" = cur."id"
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
    const sql = `WITH cur AS (${current}),
       stats AS (
         SELECT r."assessmentId", count(*)::int AS "answers",
           count(*) FILTER (WHERE r."compliance" = 'yes')::int AS "yes",
           count(*) FILTER (WHERE r."compliance" IN ('yes', 'partial', 'no'))::int AS "stated",
           (count(*) FILTER (WHERE r."hasText" AND NOT r."boilerplate"))::float8
             / nullif(count(*) FILTER (WHERE r."hasText"), 0) AS "evidenceQuality",
           avg(r."specificity") FILTER (WHERE r."hasText")::float8 AS "meanSpecificity"
         FROM (${oneAnswerPerProvisionSql('cur', COUNTED_COLUMNS)}) r GROUP BY r."assessmentId")`;
    const rows = await this.manager.query<DirectoryRow[]>(
      `${sql}
       SELECT * FROM (
         SELECT l.*, cur."id" AS "assessmentId", a."period", a."year",
           coalesce(s."answers", 0) AS "answers", coalesce(s."yes", 0) AS "yes", coalesce(s."stated", 0) AS "stated",
           s."yes"::float8 / nullif(s."stated", 0) AS "declaredCompliance", s."evidenceQuality", s."meanSpecificity",
           count(*) OVER ()::int AS "total"
         ${from}) l
       ORDER BY ${sortKey}, lower(l."name"), l."id"
       LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
    if (rows.length === 0 && offset > 0) {
      // Past the end: the total still has to be right.
      const [count] = await this.manager.query<{ total: number }[]>(
        `${sql} SELECT count(*)::int AS "total" ${from}`,
        params.values.slice(0, -2),
      );
      return { rows: [], total: count!.total };
    }
    return { rows, total: rows[0]?.total ?? 0 };
  }
}
