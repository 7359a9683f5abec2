import { assessmentConditions, landlordConditions } from '../../benchmarks/sector-filter';
import type { Dataset } from '../../exports/dataset';
import { OUTCOME_ATTRIBUTION, OUTCOME_LANDLORD_COLUMNS } from './outcome-licence';

export const CLAIMS_VS_OUTCOMES_DATASET: Dataset = {
  name: 'claims_vs_outcomes',
  description: `Claims in landlords’ current self-assessments that their published outcomes put in doubt, each with its figures and the rule (kept as data, versioned) in plain words. ${OUTCOME_ATTRIBUTION}`,
  grain: 'one flag: one rule on one landlord’s current assessment',
  columns: [
    ...OUTCOME_LANDLORD_COLUMNS,
    {
      name: 'assessment_id',
      type: 'string',
      description: 'The assessment whose claim is flagged.',
      sql: 'f."assessmentId"::text',
    },
    {
      name: 'provision_2024',
      type: 'string',
      description: 'The 2024 provision claimed (the first of a section).',
      sql: 'f."provision"',
    },
    {
      name: 'measure',
      type: 'string',
      description: 'The outcome measure, e.g. CH02 stage 1.',
      sql: 'f."measure"',
    },
    { name: 'tenure', type: 'string', description: 'lcra, lcho or combined.', sql: 'f."tenure"' },
    {
      name: 'year',
      type: 'integer',
      description: 'Financial year of the figure (2023 for 2023-24).',
      sql: 'f."year"',
    },
    { name: 'value', type: 'number', description: 'The landlord’s figure.', sql: 'f."value"' },
    {
      name: 'peer_median',
      type: 'number',
      description:
        'Median of every landlord’s figure that year (null for a rule with an absolute line).',
      sql: 'f."peerMedian"',
    },
    {
      name: 'peer_count',
      type: 'integer',
      description: 'Landlords with the figure that year.',
      sql: 'f."peerCount"',
    },
    { name: 'rule_id', type: 'string', description: 'Id of the rule.', sql: 'f."ruleId"' },
    {
      name: 'rules_version',
      type: 'string',
      description: 'Version of the rule set.',
      sql: 'f."rulesVersion"',
    },
    { name: 'rule', type: 'string', description: 'The rule in plain words.', sql: 'f."rule"' },
    {
      name: 'text',
      type: 'string',
      description: 'The flag in plain words, with its figures.',
      sql: 'f."text"',
    },
  ],
  source: (filter, params) => {
    const conditions = [
      ...landlordConditions(filter, params),
      ...assessmentConditions(filter, params),
    ];
    return `FROM "outcome_flag" f JOIN "landlord" l ON l."id" = f."landlordId" JOIN "assessment" a ON a."id" = f."assessmentId"
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY l."name", f."provision", f."measure", f."id"`;
  },
};
