import { isoTime, type Dataset, type DatasetColumn } from '../exports/dataset';

const text = (name: string, sql: string, description: string): DatasetColumn => ({
  name,
  type: 'string',
  description,
  sql,
});

/**
 * The audit log of corrections, for `chc corrections export` (operators only: it names who
 * made each correction, so it is not among the public datasets).
 */
export const CORRECTIONS_DATASET: Dataset = {
  name: 'corrections',
  description: 'Every correction analysts made of what was read, in force, undone or dropped.',
  grain: 'one correction (or confirmation) of one value',
  columns: [
    { ...text('correction_id', 'c."id"::text', 'Id of the correction.'), required: true },
    text(
      'kind',
      'c."kind"',
      'compliance, evidence, commentary, provision_added, provision_removed, landlord, period, year, or confirmed (checked and found right).',
    ),
    text(
      'status',
      `CASE WHEN c."undoneAt" IS NOT NULL THEN 'undone' WHEN c."droppedAt" IS NOT NULL THEN 'dropped' ELSE 'active' END`,
      'active (in force), undone, or dropped (a new version of the document no longer had the value it corrected).',
    ),
    text('assessment_id', 'c."assessmentId"::text', 'The assessment it applies to.'),
    text('landlord_name', 'l."name"', 'The registered landlord of that assessment.'),
    text('response_id', 'c."responseId"::text', 'The response it concerns, if any.'),
    text('provision', 'c."provision"', 'The provision it concerns, if any.'),
    text('old_value', 'c."oldValue"::text', 'The value before, as JSON.'),
    text('new_value', 'c."newValue"::text', 'The value after, as JSON.'),
    text('note', 'c."note"', 'Why, in the analyst’s words.'),
    text('corrected_by', 'c."correctedBy"', 'The API key’s (or dashboards session’s) name.'),
    text('corrected_by_role', 'c."correctedByRole"', 'Their role.'),
    {
      name: 'corrected_at',
      type: 'timestamp',
      description: 'When it was made (UTC).',
      sql: isoTime('c."correctedAt"'),
    },
    {
      name: 'undone_at',
      type: 'timestamp',
      description: 'When it was undone (UTC).',
      sql: isoTime('c."undoneAt"'),
    },
    text('undone_by', 'c."undoneBy"', 'Who undid it.'),
    {
      name: 'dropped_at',
      type: 'timestamp',
      description: 'When it was dropped (UTC).',
      sql: isoTime('c."droppedAt"'),
    },
    text('dropped_reason', 'c."droppedReason"', 'Why it was dropped.'),
  ],
  source: () =>
    `FROM "correction" c LEFT JOIN "assessment" a ON a."id" = c."assessmentId"
     LEFT JOIN "landlord" l ON l."id" = a."landlordId" ORDER BY c."correctedAt", c."id"`,
};
