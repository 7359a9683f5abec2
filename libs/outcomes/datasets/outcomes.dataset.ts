import { landlordConditions } from '../../benchmarks/sector-filter';
import type { Dataset } from '../../exports/dataset';
import { OUTCOME_ATTRIBUTION, OUTCOME_LANDLORD_COLUMNS } from './outcome-licence';

export const OUTCOMES_DATASET: Dataset = {
  name: 'outcomes',
  description: `Published outcomes by landlord, year and tenure: Tenant Satisfaction Measures CH01 (complaints per 1,000 homes), CH02 (share answered within the Code's timescales) and TP09 (satisfaction with complaint handling), stages 1 and 2; Ombudsman findings and maladministration rate; Complaint Handling Failure Orders. Filters on kinds, regions, size bands and landlord ids apply (years are the assessments', so not here). ${OUTCOME_ATTRIBUTION}`,
  grain: 'one landlord’s figure for one measure, financial year and tenure',
  columns: [
    ...OUTCOME_LANDLORD_COLUMNS,
    {
      name: 'published_name',
      type: 'string',
      description: 'The landlord’s name as the source gives it.',
      sql: 'm."landlordName"',
    },
    {
      name: 'published_code',
      type: 'string',
      description:
        'The landlord code the TSM give (a registration number; councils have codes like 00CN).',
      sql: 'm."landlordCode"',
    },
    {
      name: 'published_type',
      type: 'string',
      description: 'Landlord type as published that year (PRP, LARP, LA…).',
      sql: 'm."landlordType"',
    },
    { name: 'source', type: 'string', description: 'tsm, ombudsman or chfo.', sql: 'm."source"' },
    {
      name: 'measure',
      type: 'string',
      description:
        'CH01 stage 1|2, CH02 stage 1|2, TP09, HOS findings (count), HOS maladministration rate (severe maladministration, maladministration and service failure as a share of findings on the merits), CHFO (orders issued).',
      sql: 'm."measure"',
    },
    {
      name: 'year',
      type: 'integer',
      description: 'Financial year by the calendar year it starts in (2023 for 2023-24).',
      sql: 'm."year"',
    },
    { name: 'tenure', type: 'string', description: 'lcra, lcho or combined.', sql: 'm."tenure"' },
    {
      name: 'value',
      type: 'number',
      description:
        'The figure: percentages 0–100, CH01 per 1,000 homes, counts for HOS findings and CHFO.',
      sql: 'm."value"',
    },
    {
      name: 'per_thousand_homes',
      type: 'number',
      description:
        'A count (HOS findings, CHFO) per 1,000 homes, where the landlord’s homes are known.',
      sql: `CASE WHEN m."measure" IN ('HOS findings', 'CHFO') AND l."homes" > 0 THEN round((m."value" / l."homes" * 1000)::numeric, 3)::float8 END`,
    },
    {
      name: 'marker',
      type: 'string',
      description: '[X], [Z], [E], [U]… where the source gave a marker instead of a figure.',
      sql: 'm."marker"',
    },
    {
      name: 'numerator',
      type: 'number',
      description: 'Numerator, where given.',
      sql: 'm."numerator"',
    },
    {
      name: 'denominator',
      type: 'number',
      description: 'Denominator, where given.',
      sql: 'm."denominator"',
    },
    {
      name: 'source_file',
      type: 'string',
      description: 'File the figure was read from.',
      sql: 'i."fileName"',
    },
    {
      name: 'source_sha256',
      type: 'string',
      description: 'SHA-256 of that file.',
      sql: 'i."sha256"',
    },
    { name: 'sheet', type: 'string', description: 'Sheet of the file.', sql: 'm."sheet"' },
    {
      name: 'row',
      type: 'integer',
      description: 'Row of the sheet (null for a figure counted over many rows).',
      sql: 'm."row"',
    },
  ],
  source: (filter, params) => {
    const conditions = landlordConditions(filter, params);
    return `FROM "outcome_measure" m JOIN "outcome_import" i ON i."id" = m."importId" LEFT JOIN "landlord" l ON l."id" = m."landlordId"
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY m."year", m."source", m."landlordName", m."measure", m."tenure", m."id"`;
  },
};
