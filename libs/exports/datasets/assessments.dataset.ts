import { isoTime, type Dataset } from '../dataset';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_ID_COLUMN,
  assessmentsInScope,
  LANDLORD_COLUMNS,
  PROVENANCE_COLUMNS,
} from './assessments-in-scope';

const count = (compliance: string) =>
  `(SELECT count(*) FROM "response" r WHERE r."assessmentId" = a."id" AND r."compliance" = '${compliance}')::int`;
const index = (key: string) => `(a."indices"->>'${key}')`;

export const ASSESSMENTS_DATASET: Dataset = {
  name: 'assessments',
  description: 'Each published self-assessment with its totals.',
  grain: 'one version of one landlord’s self-assessment',
  columns: [
    ASSESSMENT_ID_COLUMN,
    ...LANDLORD_COLUMNS,
    {
      name: 'period',
      type: 'string',
      description: 'Period covered, as the document says.',
      sql: 'a."period"',
    },
    ...ASSESSMENT_COLUMNS,
    {
      name: 'superseded_by',
      type: 'string',
      description: 'Id of the version that replaced it.',
      sql: 'a."supersededById"::text',
    },
    {
      name: 'responses',
      type: 'integer',
      description:
        'Provision rows recorded, one per row of the responses dataset: always yes + no + partial + not_applicable + not_stated.',
      sql: `(SELECT count(*) FROM "response" r WHERE r."assessmentId" = a."id")::int`,
    },
    { name: 'yes', type: 'integer', description: 'Answers of yes.', sql: count('yes') },
    { name: 'no', type: 'integer', description: 'Answers of no.', sql: count('no') },
    { name: 'partial', type: 'integer', description: 'Answers of partial.', sql: count('partial') },
    {
      name: 'not_applicable',
      type: 'integer',
      description: 'Answers of not applicable.',
      sql: count('not_applicable'),
    },
    {
      name: 'not_stated',
      type: 'integer',
      description: 'Provisions with no answer read.',
      sql: count('not_stated'),
    },
    {
      name: 'confidence_level',
      type: 'string',
      description:
        'How sure extraction was: high, medium or low. Low means most answers could not be read (e.g. an answer column drawn as an image) or few provisions were found: its not_stated counts are not the landlord’s answers. Null where not read from a document.',
      sql: 'a."confidenceLevel"',
    },
    {
      name: 'confidence_score',
      type: 'number',
      description: 'The same as a number, 0–1, for ordering.',
      sql: 'a."confidenceScore"::float8',
    },
    {
      name: 'confidence_reasons',
      type: 'string',
      description: 'What lowered the confidence, in plain words, separated by "; ".',
      sql: `array_to_string(ARRAY(SELECT jsonb_array_elements_text(a."confidenceReasons")), '; ')`,
    },
    {
      name: 'boilerplate_share',
      type: 'number',
      description: 'Share of responses flagged boilerplate by the analysis.',
      sql: `${index('boilerplateShare')}::float8`,
    },
    {
      name: 'mean_specificity',
      type: 'number',
      description: 'Mean specificity of the responses, 0–1.',
      sql: `${index('meanSpecificity')}::float8`,
    },
    {
      name: 'unsupported',
      type: 'integer',
      description:
        'Yes or partial answers with neither evidence nor commentary (null in both), not counting rows merged into another provision’s row.',
      sql: `${index('unsupported')}::int`,
    },
    {
      name: 'contradicted',
      type: 'integer',
      description: 'Answers contradicted by their own words.',
      sql: `${index('contradicted')}::int`,
    },
    ...PROVENANCE_COLUMNS,
    {
      name: 'source_media_type',
      type: 'string',
      description: 'Media type the document was served as.',
      sql: 'd."mediaType"',
    },
    {
      name: 'fetched_at',
      type: 'timestamp',
      description: 'When the document was fetched (UTC).',
      sql: isoTime('d."fetchedAt"'),
    },
    {
      name: 'extractor_version',
      type: 'string',
      description: 'Version of the extractor.',
      sql: 'a."extractorVersion"',
    },
    {
      name: 'analysis_version',
      type: 'string',
      description: 'Version of the analysis.',
      sql: 'a."analysisVersion"',
    },
  ],
  source: (filter, params) => `${assessmentsInScope(filter, params)} ORDER BY a."id"`,
};
