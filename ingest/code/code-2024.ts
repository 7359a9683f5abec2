import rows from './code-2024.data.json';
import type { CodeProvision, CodeSection } from './provision';

export const SECTIONS_2024: readonly CodeSection[] = [
  { number: 1, title: 'Definition of a complaint' },
  { number: 2, title: 'Exclusions' },
  { number: 3, title: 'Accessibility and awareness' },
  { number: 4, title: 'Complaint handling staff' },
  { number: 5, title: 'The complaint handling process' },
  { number: 6, title: 'Complaints stages' },
  { number: 7, title: 'Putting things right' },
  { number: 8, title: 'Self-assessment, reporting and compliance' },
  { number: 9, title: 'Scrutiny and oversight: continuous learning and improvement' },
];

interface Row2024 {
  id: string;
  /** What the provision asks for, in our own words. */
  summary: string;
  /** Space-separated words that tell its requirement text apart. */
  keywords: string;
}

export const PROVISIONS_2024: readonly CodeProvision[] = (rows as Row2024[]).map(
  ({ id, summary, keywords }) => ({
    edition: '2024',
    id,
    section: Number(id.split('.')[0]),
    summary,
    keywords: keywords.split(' '),
    inForm: id !== '1.1',
    id2024: id,
  }),
);
