import { MONTHS } from '../sector-vocabulary';
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

/** The sign-off line, as landlords print it: "Date completed: 12 June 2025". */
export function completion(assessment: SyntheticAssessment): string {
  const [year, month, day] = assessment.completedOn.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return `Date completed: ${day} ${MONTHS[month - 1]} ${year}`;
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
