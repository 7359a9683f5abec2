import { currentAssessmentsSql, landlordConditions } from '../../benchmarks/sector-filter';
import { sizeBandSql } from '../../landlords/size-band';
import { isoTime, type Dataset } from '../dataset';

export const LANDLORDS_DATASET: Dataset = {
  name: 'landlords',
  description: 'The landlord registry, with each landlord’s current assessment.',
  grain: 'one registered landlord',
  columns: [
    {
      name: 'landlord_id',
      type: 'string',
      description: 'Stable id of the landlord.',
      required: true,
      sql: 'l."id"::text',
    },
    { name: 'name', type: 'string', description: 'Registered name.', sql: 'l."name"' },
    {
      name: 'aliases',
      type: 'string',
      description: 'Other names, separated by "; ".',
      sql: `array_to_string(l."aliases", '; ')`,
    },
    {
      name: 'kind',
      type: 'string',
      description: 'housing_association, local_authority, almo or other.',
      sql: 'l."kind"',
    },
    { name: 'region', type: 'string', description: 'Region of England.', sql: 'l."region"' },
    { name: 'homes', type: 'integer', description: 'Homes owned, where known.', sql: 'l."homes"' },
    {
      name: 'size_band',
      type: 'string',
      description: 'small, medium, large or very_large (see homes).',
      sql: sizeBandSql('l."homes"'),
    },
    {
      name: 'website',
      type: 'string',
      description: 'Website crawled for its self-assessment.',
      sql: 'l."website"',
    },
    {
      name: 'current_assessment_id',
      type: 'string',
      description: 'Its current assessment (null if none).',
      sql: 'cur."id"::text',
    },
    {
      name: 'updated_at',
      type: 'timestamp',
      description: 'When the registry entry last changed (UTC).',
      sql: isoTime('l."updatedAt"'),
    },
  ],
  source: (filter, params) => {
    const conditions = landlordConditions(filter, params);
    const current = currentAssessmentsSql(
      { editions: filter.editions, years: filter.years },
      params,
    );
    return `FROM "landlord" l LEFT JOIN (${current}) cur ON cur."landlordId" = l."id"
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY l."name", l."id"`;
  },
};
