import {
  currentAssessmentsSql,
  sectorConditions,
  type SqlParams,
} from '../../benchmarks/sector-filter';
import { sizeBandSql } from '../../landlords/size-band';
import { isoDate, type ExportFilter } from '../dataset';

/**
 * FROM clause giving `a` (assessment), `l` (landlord) and `d` (source document) for the
 * assessments an export covers: the current ones, or every version matching the filter.
 */
export function assessmentsInScope(filter: ExportFilter, params: SqlParams): string {
  const joins = `JOIN "source_document" d ON d."id" = a."documentId" LEFT JOIN "landlord" l ON l."id" = a."landlordId"`;
  if (filter.scope === 'current') {
    return `FROM (${currentAssessmentsSql(filter, params)}) cur JOIN "assessment" a ON a."id" = cur."id" ${joins}`;
  }
  const conditions = sectorConditions(filter, params);
  return `FROM "assessment" a ${joins} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** Columns every assessment-level dataset repeats, so each file stands alone. */
export const LANDLORD_COLUMNS = [
  {
    name: 'landlord_id',
    type: 'string',
    description: 'Registry id of the landlord (null when the document was not matched to one).',
    sql: 'a."landlordId"::text',
  },
  {
    name: 'landlord_name',
    type: 'string',
    description: 'Registered name, or the name the document gives.',
    sql: 'coalesce(l."name", a."landlordNameInDocument")',
  },
  {
    name: 'landlord_kind',
    type: 'string',
    description: 'housing_association, local_authority, almo or other.',
    sql: 'l."kind"',
  },
  { name: 'region', type: 'string', description: 'Region of England.', sql: 'l."region"' },
  {
    name: 'size_band',
    type: 'string',
    description:
      'small (<1,000 homes), medium (1,000–9,999), large (10,000–29,999), very_large (30,000+).',
    sql: sizeBandSql('l."homes"'),
  },
] as const;

export const PROVENANCE_COLUMNS = [
  {
    name: 'source_url',
    type: 'string',
    description:
      'Where the document came from: its URL when crawled or fetched, file:<name> (relative to the folder ingested) for a local file, upload:<name> for an upload. Never a local absolute path.',
    sql: 'd."source"',
  },
  {
    name: 'source_sha256',
    type: 'string',
    description:
      'SHA-256 of the source document’s bytes; GET /api/documents/<sha256> gives the bytes themselves.',
    sql: 'd."sha256"',
  },
] as const;

export const ASSESSMENT_ID_COLUMN = {
  name: 'assessment_id',
  type: 'string',
  description: 'Stable id of the assessment.',
  required: true,
  sql: 'a."id"::text',
} as const;

/** What identifies the version of an assessment a row belongs to. */
export const ASSESSMENT_COLUMNS = [
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
] as const;

export const PROVISION_COLUMNS = [
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
] as const;
