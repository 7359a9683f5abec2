import type { SyntheticAssessment } from '../synthetic-sector';

export const HEADER = [
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
];

/** The title line every rendering starts with. */
export function title(assessment: SyntheticAssessment): string {
  return `${assessment.landlord.name}: Complaint Handling Code self-assessment`;
}

export function period(assessment: SyntheticAssessment): string {
  return `April ${assessment.year - 1} - March ${assessment.year}`;
}

/** The table rows of an assessment, as the self-assessment form lays them out. */
export function tableRows(assessment: SyntheticAssessment): string[][] {
  return assessment.responses.map((r) => [
    r.provision,
    r.requirement,
    r.rawAnswer,
    r.evidence,
    r.commentary,
  ]);
}
