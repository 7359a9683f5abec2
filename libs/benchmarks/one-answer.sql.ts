/**
 * Least met first: where several responses of one assessment map to one 2024 provision
 * (2022 provisions that the 2024 Code merged), the provision is met only as far as its
 * weakest part is.
 */
const COMPLIANCE_RANK = `CASE r."compliance" WHEN 'no' THEN 0 WHEN 'partial' THEN 1 WHEN 'yes' THEN 2 WHEN 'not_applicable' THEN 3 ELSE 4 END`;

/**
 * The only edition whose provisions map several to one 2024 provision. Within one
 * assessment provision ids are unique (a unique index), and the 2024 edition maps each onto
 * itself, so any other assessment already has one response per 2024 provision.
 */
const MERGING_EDITION = `'2022'`;

/**
 * One response per assessment and 2024 provision, over the assessments of the relation
 * `assessments` (columns "id" and "edition"): a 2022 assessment that answered two
 * provisions now merged into one counts once for it. Ties go to the least specific
 * evidence, so the choice never depends on storage order. Only 2022 assessments are
 * sorted for it; the rest pass straight through, as fast as a plain join.
 */
export function oneAnswerPerProvisionSql(
  assessments: string,
  columns: string,
  condition = 'TRUE',
): string {
  const from = `FROM "response" r JOIN ${assessments} ON ${assessments}."id" = r."assessmentId"
    WHERE r."provision2024" IS NOT NULL AND ${condition}`;
  return `SELECT ${columns} ${from} AND ${assessments}."edition" IS DISTINCT FROM ${MERGING_EDITION}
    UNION ALL
    (SELECT DISTINCT ON (r."assessmentId", r."provision2024") ${columns} ${from} AND ${assessments}."edition" = ${MERGING_EDITION}
     ORDER BY r."assessmentId", r."provision2024", ${COMPLIANCE_RANK}, r."specificity", r."boilerplate" DESC)`;
}

/** The columns the answer counts read (ANSWER_COUNTS_SQL), under their own names. */
export const COUNTED_COLUMNS = `r."assessmentId", r."provision2024", r."compliance", r."boilerplate", r."specificity", r."hasText"`;
