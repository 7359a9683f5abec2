import type { Dataset } from '../dataset';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_ID_COLUMN,
  assessmentsInScope,
  LANDLORD_COLUMNS,
  PROVENANCE_COLUMNS,
  PROVISION_COLUMNS,
} from './assessments-in-scope';

export const RESPONSES_DATASET: Dataset = {
  name: 'responses',
  description: 'Every answer, with its evidence and analysis.',
  grain: 'one provision’s answer in one assessment',
  columns: [
    {
      name: 'response_id',
      type: 'string',
      description: 'Stable id of the response.',
      required: true,
      sql: 'r."id"::text',
    },
    ASSESSMENT_ID_COLUMN,
    ...LANDLORD_COLUMNS,
    ...ASSESSMENT_COLUMNS,
    ...PROVISION_COLUMNS,
    {
      name: 'compliance',
      type: 'string',
      description: 'yes, no, partial, not_applicable or not_stated.',
      sql: 'r."compliance"',
    },
    {
      name: 'raw_answer',
      type: 'string',
      description: 'The answer as written.',
      sql: 'r."rawAnswer"',
    },
    {
      name: 'rag',
      type: 'string',
      description: 'green, amber or red where the document gives one.',
      sql: 'r."rag"',
    },
    {
      name: 'requirement',
      type: 'string',
      description: 'The requirement text as the document gives it.',
      sql: 'r."requirement"',
    },
    { name: 'evidence', type: 'string', description: 'Evidence, cleaned.', sql: 'r."evidence"' },
    {
      name: 'commentary',
      type: 'string',
      description: 'Commentary or actions, cleaned.',
      sql: 'r."commentary"',
    },
    {
      name: 'merged_into',
      type: 'string',
      description: 'Provision whose row this one was merged into in the document.',
      sql: 'r."mergedInto"',
    },
    {
      name: 'corrected_values',
      type: 'string',
      description:
        'Values an analyst corrected, comma-separated: compliance, evidence, commentary, or provision_added (the whole row was added by an analyst); null where the row is as read. The other columns hold the corrected values.',
      sql: `(SELECT string_agg(DISTINCT c."kind", ',' ORDER BY c."kind") FROM "correction" c WHERE c."responseId" = r."id" AND c."undoneAt" IS NULL AND c."droppedAt" IS NULL AND c."kind" <> 'confirmed')`,
    },
    {
      name: 'answer_confidence',
      type: 'number',
      description:
        'How sure extraction was of this answer, 0–1: 1 read from its own cell, 0.6 inferred (a merged row, N/A in the evidence), 0.3 or less unreadable or missing; lower again where the provision number was guessed. Null where not read from a document.',
      sql: 'r."confidence"::float8',
    },
    {
      name: 'boilerplate',
      type: 'boolean',
      description:
        'Flagged as boilerplate (no sentence adds evidence), unless an analyst overruled it.',
      sql: 'r."boilerplate"',
    },
    {
      name: 'boilerplate_score',
      type: 'number',
      description: 'Share of the words in sentences that add no evidence, 0–1.',
      sql: 'r."boilerplateScore"::float8',
    },
    {
      name: 'boilerplate_reasons',
      type: 'string',
      description: 'Why, in plain words, separated by "; ".',
      sql: `array_to_string(ARRAY(SELECT jsonb_array_elements_text(r."analysis"->'boilerplate'->'reasons')), '; ')`,
    },
    {
      name: 'specificity',
      type: 'number',
      description:
        'Share of words that are concrete details (dates, figures, roles, systems…), 0–1.',
      sql: 'r."specificity"::float8',
    },
    {
      name: 'contradiction',
      type: 'string',
      description: 'Words that contradict the answer, where found.',
      sql: `r."analysis"->'contradiction'->>'words'`,
    },
    {
      name: 'page',
      type: 'integer',
      description: 'Page of the source document the row starts on.',
      sql: 'r."page"',
    },
    ...PROVENANCE_COLUMNS,
    {
      name: 'analysis_version',
      type: 'string',
      description: 'Version of the analysis that made the judgements.',
      sql: 'a."analysisVersion"',
    },
  ],
  source: (filter, params) =>
    `${assessmentsInScope(filter, params)} JOIN "response" r ON r."assessmentId" = a."id" ORDER BY a."id", r."row"`,
};
