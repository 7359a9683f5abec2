import type { Dataset } from '../dataset';
import {
  ASSESSMENT_ID_COLUMN,
  assessmentsInScope,
  LANDLORD_COLUMNS,
  PROVENANCE_COLUMNS,
  PROVISION_COLUMNS,
} from './assessments-in-scope';

export const FLAGS_DATASET: Dataset = {
  name: 'flags',
  description:
    'Judgements on responses (boilerplate, contradiction) with reasons and analysts’ reviews.',
  grain: 'one flag on one response',
  columns: [
    {
      name: 'flag_id',
      type: 'string',
      description: 'Id of the flag (new each time the analysis runs).',
      required: true,
      sql: 'f."id"::text',
    },
    {
      name: 'response_id',
      type: 'string',
      description: 'Stable id of the response flagged.',
      required: true,
      sql: 'r."id"::text',
    },
    ASSESSMENT_ID_COLUMN,
    ...LANDLORD_COLUMNS,
    ...PROVISION_COLUMNS,
    { name: 'kind', type: 'string', description: 'boilerplate or contradiction.', sql: 'f."kind"' },
    { name: 'reason', type: 'string', description: 'Why, in plain words.', sql: 'f."reason"' },
    {
      name: 'overruled',
      type: 'boolean',
      description: 'An analyst marked it wrong.',
      sql: 'f."overruled"',
    },
    {
      name: 'review_note',
      type: 'string',
      description: 'The analyst’s note, where overruled.',
      sql: 'v."note"',
    },
    { name: 'page', type: 'integer', description: 'Page of the source document.', sql: 'r."page"' },
    ...PROVENANCE_COLUMNS,
  ],
  source: (filter, params) =>
    `${assessmentsInScope(filter, params)} JOIN "response" r ON r."assessmentId" = a."id" JOIN "flag" f ON f."responseId" = r."id"
     LEFT JOIN "flag_review" v ON v."responseId" = f."responseId" AND v."kind" = f."kind" ORDER BY a."id", r."row", f."kind"`,
};
