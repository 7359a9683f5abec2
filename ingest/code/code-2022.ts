import rows from './code-2022.data.json';
import { PROVISIONS_2024 } from './code-2024';
import type { CodeProvision, CodeSection, MappingConfidence, RequirementKind } from './provision';

export const SECTIONS_2022: readonly CodeSection[] = [
  { number: 1, title: 'Definition of a complaint' },
  { number: 2, title: 'Accessibility and awareness' },
  { number: 3, title: 'Complaint handling personnel' },
  { number: 4, title: 'Complaint handling principles' },
  { number: 5, title: 'Complaint stages' },
  { number: 6, title: 'Putting things right' },
  { number: 7, title: 'Continuous learning and improvement' },
  { number: 8, title: 'Self-assessment and compliance' },
];

interface Row2022 {
  id: string;
  id2024: string | null;
  confidence: MappingConfidence;
  kind: RequirementKind;
  section: number;
  summary: string;
}

const keywords2024 = new Map(PROVISIONS_2024.map((p) => [p.id, p.keywords]));

/**
 * The 2022 provisions we could source, with their 2024 counterparts. Their keywords are
 * borrowed from the 2024 counterpart, since the requirement wording mostly carried over.
 */
export const PROVISIONS_2022: readonly CodeProvision[] = (rows as Row2022[]).map((row) => ({
  edition: '2022',
  id: row.id,
  section: row.section,
  summary: row.summary,
  keywords: (row.id2024 && keywords2024.get(row.id2024)) || [],
  inForm: row.kind !== 'intro',
  kind: row.kind,
  id2024: row.id2024,
  mappingConfidence: row.confidence,
}));
