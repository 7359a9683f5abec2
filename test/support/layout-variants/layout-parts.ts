import type { ColumnRole, Layout } from './layout-axes';
import { answerLabel, WORDINGS } from './label-wordings';
import type { LayoutContent } from './layout-content';
import type { PrintedRow } from './printed-rows';

/** The paragraphs a table cell of a role holds for a row. */
export function cellParagraphs(row: PrintedRow, role: ColumnRole): string[] {
  switch (role) {
    case 'id':
      return [row.provision];
    case 'id-requirement':
      return [`${row.provision} ${row.requirement}`];
    case 'section':
      return [row.sectionTitle];
    case 'requirement':
      return [row.requirement];
    case 'answer':
      return [row.answer];
    case 'rag':
      return [row.rag];
    case 'evidence':
      return [row.evidence];
    case 'commentary':
      return [row.commentary];
    case 'text':
      return [row.evidence, row.commentary].filter((t) => t !== '');
  }
}

const WEIGHTS: Record<ColumnRole, number> = {
  id: 7,
  'id-requirement': 30,
  section: 12,
  requirement: 25,
  answer: 10,
  rag: 8,
  evidence: 24,
  commentary: 32,
  text: 52,
};

/** Column widths in percent of the table, in the roles' order. */
export function columnPercents(roles: readonly ColumnRole[]): number[] {
  const total = roles.reduce((sum, role) => sum + WEIGHTS[role], 0);
  return roles.map((role) => Math.round((WEIGHTS[role] / total) * 1000) / 10);
}

export interface SectionGroup {
  heading: string;
  rows: PrintedRow[];
}

/** Rows grouped by Code section, in order, each with the heading a landlord would give it. */
export function sectionGroups(rows: readonly PrintedRow[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.rows[0]!.section === row.section) {
      last.rows.push(row);
    } else {
      groups.push({ heading: `Section ${row.section}: ${row.sectionTitle}`, rows: [row] });
    }
  }
  return groups;
}

export function documentTitle(content: LayoutContent): string {
  return `${content.landlord}: Complaint Handling Code self-assessment`;
}

/** The paragraph under the title: the edition and, where known, when it was completed. */
export function introduction(content: LayoutContent): string {
  const completed = content.assessmentDate ? ` Completed ${content.assessmentDate}.` : '';
  return `Our self-assessment against the Housing Ombudsman's Complaint Handling Code (${content.codeVersion}).${completed} Evidence and commentary are given for each provision.`;
}

/** [label, value] for each thing a block states; no answer label when the answer opens the text. */
export function labelPairs(layout: Layout, row: PrintedRow): Array<[string, string]> {
  const wording = WORDINGS[layout.wording]!;
  return [
    ...(layout.answerStyle === 'own-cell'
      ? [[answerLabel(layout.wording), row.answer] as [string, string]]
      : []),
    [wording.evidence, row.evidence],
    [wording.commentary, row.commentary],
  ];
}
