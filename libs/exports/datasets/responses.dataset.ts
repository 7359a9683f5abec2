import { isoDate, type Dataset } from '../dataset';
import { assessmentsInScope, LANDLORD_COLUMNS, PROVENANCE_COLUMNS } from './assessments-in-scope';

export const RESPONSES_DATASET: Dataset = {
  name: 'responses',
  description: 'Every answer, with its evidence and analysis.',
  grain: 'one provision’s answer in one assessment',
  columns: [
    {
      name: 'response_id',
      type: 'string',
      description: 'Stable id of the response.',
      sql: 'r."id"::text',
    },
    {
      name: 'assessment_id',
      type: 'string',
      description: 'Stable id of the assessment.',
      sql: 'a."id"::text',
    },
    ...LANDLORD_COLUMNS,
    {
      name: 'edition',
      type: 'string',
      description: 'Code edition the assessment answers: 2024, 2022 or 2020.',
      sql: 'a."edition"',
    },
    {
      name: 'year',
      type: 'integer',
      description: 'Year the assessment was completed.',
      sql: 'a."year"',
    },
    {
      name: 'completed_on',
      type: 'date',
      description: 'Date the assessment was completed, where stated.',
      sql: isoDate('a."completedOn"'),
    },
    {
      name: 'current',
      type: 'boolean',
      description: 'False once a corrected version replaced the assessment.',
      sql: '(a."supersededById" IS NULL)',
    },
    {
      name: 'provision',
      type: 'string',
      description: 'Provision in the document’s own edition.',
      sql: 'r."provision"',
    },
    {
      name: 'provision_2024',
      type: 'string',
      description: 'The 2024 equivalent (null where none).',
      sql: 'r."provision2024"',
    },
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
