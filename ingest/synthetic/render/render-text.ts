import { completion, HEADER, period, tableRows, title } from './assessment-rows';
import type { SyntheticAssessment } from '../synthetic-sector';

/** Text as exported from a word processor: tab-separated rows under a header. */
export function renderText(assessment: SyntheticAssessment): string {
  return [
    title(assessment),
    `Period: ${period(assessment)}`,
    completion(assessment),
    '',
    HEADER.join('\t'),
    ...tableRows(assessment).map((r) => r.join('\t')),
  ].join('\n');
}
