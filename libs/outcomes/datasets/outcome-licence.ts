/** The attribution the Open Government Licence asks of every outcome dataset. */
export const OUTCOME_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0: Tenant Satisfaction Measures (Regulator of Social Housing), decisions and Complaint Handling Failure Orders (Housing Ombudsman Service).';

/** Landlord columns of an outcome row: `l` (landlord, may be null) and the name published. */
export const OUTCOME_LANDLORD_COLUMNS = [
  {
    name: 'landlord_id',
    type: 'string',
    description:
      'Registry id of the landlord matched (null when no landlord matched the name or code).',
    sql: 'l."id"::text',
  },
  {
    name: 'landlord_name',
    type: 'string',
    description: 'Registered name of the landlord matched.',
    sql: 'l."name"',
  },
  {
    name: 'registration_number',
    type: 'string',
    description: 'The landlord’s registration number with the Regulator of Social Housing.',
    sql: 'l."registrationNumber"',
  },
] as const;
