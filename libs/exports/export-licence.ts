import { version } from '../../package.json';

/** The version of chc-bench that wrote an export, stamped in its metadata. */
export const EXPORT_VERSION = version;

/** The licence the exported data is offered under, as Frictionless describes licences. */
export const DATA_LICENCE = {
  name: 'OGL-UK-3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  title: 'Open Government Licence v3.0',
} as const;

/** Where the data comes from, as Frictionless describes sources. */
export const DATA_SOURCES = [
  {
    title:
      'English social landlords’ published Complaint Handling Code self-assessments (each row’s source_url)',
  },
  {
    title: 'Housing Ombudsman Service: Complaint Handling Code (provision ids and editions)',
    path: 'https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/',
  },
  {
    title:
      'Regulator of Social Housing: list of registered providers and Tenant Satisfaction Measures (the outcomes datasets)',
    path: 'https://www.gov.uk/government/organisations/regulator-of-social-housing',
  },
  {
    title:
      'Housing Ombudsman Service: decisions and Complaint Handling Failure Orders (the outcomes datasets)',
    path: 'https://www.housing-ombudsman.org.uk/',
  },
] as const;

/**
 * The attribution every export carries (file metadata, datapackage.json, the dictionary):
 * the landlords' words stay theirs, under the terms their sites publish them on.
 */
export const ATTRIBUTION = [
  'Contains public sector information licensed under the Open Government Licence v3.0.',
  'Requirement, evidence and commentary text is quoted from each landlord’s published self-assessment (source_url, source_sha256); those words remain the landlord’s, used under the terms of the site that published them.',
  'Complaint Handling Code provisions © Housing Ombudsman Service, Open Government Licence v3.0.',
].join(' ');
