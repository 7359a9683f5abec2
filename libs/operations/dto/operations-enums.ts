import { registerEnumType } from '@nestjs/graphql';

export enum CrawlStopReasonValue {
  FOUND = 'found',
  NOT_FOUND_WITHIN_BUDGET = 'not_found_within_budget',
  NOT_FOUND = 'not_found',
  BLOCKED_BY_ROBOTS = 'blocked_by_robots',
  SITE_ERROR = 'site_error',
  FAILED = 'failed',
}

registerEnumType(CrawlStopReasonValue, {
  name: 'CrawlStopReason',
  description: 'Why a search of a landlord’s website stopped.',
  valuesMap: {
    FOUND: { description: 'At least one self-assessment was found.' },
    NOT_FOUND_WITHIN_BUDGET: { description: 'None found before the page budget ran out.' },
    NOT_FOUND: { description: 'The whole reachable site was searched and none found.' },
    BLOCKED_BY_ROBOTS: { description: 'robots.txt forbids the pages that would be searched.' },
    SITE_ERROR: { description: 'Every page visited answered with an error.' },
    FAILED: { description: 'The search could not run at all.' },
  },
});

export enum IngestStatusValue {
  INGESTED = 'ingested',
  UNCHANGED = 'unchanged',
  FAILED = 'failed',
}

registerEnumType(IngestStatusValue, {
  name: 'IngestStatus',
  description: 'What ingesting a document did.',
  valuesMap: {
    INGESTED: { description: 'Stored as a new assessment.' },
    UNCHANGED: { description: 'The same bytes were already stored: nothing changed.' },
    FAILED: { description: 'Could not be ingested; `error` says why.' },
  },
});
