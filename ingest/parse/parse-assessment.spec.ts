import { cell, type Block } from '@ingest/core';
import { parseAssessment } from './parse-assessment';

const HEADER = [
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
];

function row(...texts: string[]): Block {
  return { kind: 'row', cells: texts.map((t) => cell(t)), markedHeader: false, page: 1 };
}
function text(line: string, heading = false): Block {
  return { kind: 'text', text: line, heading, page: 1 };
}
const pageBreak: Block = { kind: 'break', reason: 'page' };

describe(parseAssessment.name, () => {
  it('should join a row split by a page break and skip the repeated header', () => {
    const parsed = parseAssessment([
      row(...HEADER),
      row(
        '1.2',
        'A complaint must be defined as an expression of dissatisfaction',
        'Yes',
        'Complaints Policy',
        'Defined in',
      ),
      pageBreak,
      row(...HEADER),
      row('', 'residents.', '', '', 'section 2 of the policy.'),
      row('1.3', 'A resident does not have to use the word complaint', 'No', '', 'Under review'),
    ]);
    expect(parsed.responses.map((r) => [r.provision, r.compliance, r.commentary])).toEqual([
      ['1.2', 'yes', 'Defined in section 2 of the policy.'],
      ['1.3', 'no', 'Under review'],
    ]);
    expect(parsed.codeVersion).toBe('2024');
  });

  it('should identify a row whose number is garbled from its place and requirement text', () => {
    const parsed = parseAssessment([
      row(...HEADER),
      row(
        '7.1',
        'Where something has gone wrong a landlord must acknowledge this',
        'Yes',
        'Policy 5',
        '',
      ),
      row(
        '7.2',
        'Any remedy offered must reflect the impact on the resident',
        'Yes',
        'Policy 6',
        '',
      ),
      row(
        'will happen and',
        'The remedy offer must clearly set out what will happen and by when',
        'Yes',
        'Policy 7',
        '',
      ),
      row(
        '7.4',
        'Landlords must take account of the guidance issued by the Ombudsman when deciding on remedies',
        'Yes',
        'Policy 8',
        '',
      ),
    ]);
    expect(parsed.responses.map((r) => r.provision)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    expect(parsed.warnings.some((w) => w.startsWith('provision 7.3 identified'))).toBe(true);
  });

  it('should report a provision merged into the row before it, with that row answer and a warning', () => {
    const parsed = parseAssessment([
      row(...HEADER),
      row(
        '6.2',
        'Complaints must be acknowledged, defined and logged at stage 1 within five working days. Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.',
        'No',
        'Reports',
        'Late',
      ),
      row(
        '6.4',
        'Landlords must decide whether an extension to this timescale is needed; no more than 10 working days without good reason',
        'Yes',
        'Policy',
        '',
      ),
    ]);
    const merged = parsed.responses.find((r) => r.provision === '6.3');
    expect(merged).toMatchObject({ compliance: 'no', mergedInto: '6.2', evidence: '' });
    expect(parsed.warnings).toContain("6.3 merged into the row of 6.2; it takes that row's answer");
  });

  it('should not fold a provision into a row it would have to skip others to reach', () => {
    const parsed = parseAssessment([
      row(...HEADER),
      row(
        '6.1',
        'Landlords must respond to the complaint within the timescales. The person considering the complaint at stage 2 must not be the same person that considered it at stage 1.',
        'Yes',
        'Policy',
        '',
      ),
      row(
        '6.15',
        'Landlords must decide whether an extension is needed; no more than 20 working days without good reason',
        'Yes',
        'Policy',
        '',
      ),
    ]);
    expect(parsed.responses.map((r) => r.provision)).toEqual(['6.1', '6.15']);
    expect(parsed.warnings.some((w) => w.includes('merged into'))).toBe(false);
  });

  it('should keep both rows of a duplicated number, renumbering the one whose text fits another provision', () => {
    const parsed = parseAssessment([
      row(...HEADER),
      row(
        '6.13',
        'The person considering the complaint at stage 2 must not be the same person that considered it at stage 1',
        'Yes',
        'Policy',
        '',
      ),
      row(
        '6.13',
        'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged',
        'Yes',
        'KPI report',
        '',
      ),
      row(
        '6.15',
        'Landlords must decide whether an extension is needed; no more than 20 working days without good reason',
        'Yes',
        'Policy',
        '',
      ),
    ]);
    expect(parsed.responses.slice(0, 3).map((r) => [r.provision, r.evidence])).toEqual([
      ['6.13', 'Policy'],
      ['6.14', 'KPI report'],
      ['6.15', 'Policy'],
    ]);
  });

  it('should read a layout of labelled paragraphs with no table', () => {
    const parsed = parseAssessment([
      text('Riverside Homes: Complaint Handling Code self-assessment', true),
      text(
        'Code section 1.2 A complaint must be defined as an expression of dissatisfaction',
        true,
      ),
      text('Compliance: Yes'),
      text('Evidence: Complaints Policy section 2'),
      text('Commentary: Adopted word for word.'),
      text('Code section 1.3 A resident does not have to use the word complaint', true),
      text('Compliance: Partially compliant'),
      text('Evidence: Staff training log'),
      text('Refresher training booked for May 2025.'),
    ]);
    expect(parsed.landlord).toBe('Riverside Homes');
    expect(
      parsed.responses.map((r) => [r.provision, r.compliance, r.evidence, r.commentary]),
    ).toEqual([
      ['1.2', 'yes', 'Complaints Policy section 2', 'Adopted word for word.'],
      ['1.3', 'partial', 'Staff training log Refresher training booked for May 2025.', ''],
    ]);
  });

  it('should read headings followed by an answer paragraph, and labels on lines of their own', () => {
    const parsed = parseAssessment([
      text('5.1 Landlords must have a single policy in place for dealing with complaints', true),
      text('Yes'),
      text('Complaints Policy 2024, approved by the Board in May 2024.'),
      text(
        '5.2 The early and local resolution of issues is key to effective complaint handling',
        true,
      ),
      text('Compliance'),
      text('No'),
      text('Evidence'),
      text('Informal stage still in use by the repairs team.'),
    ]);
    expect(parsed.responses.map((r) => [r.provision, r.compliance, r.evidence])).toEqual([
      ['5.1', 'yes', 'Complaints Policy 2024, approved by the Board in May 2024.'],
      ['5.2', 'no', 'Informal stage still in use by the repairs team.'],
    ]);
  });

  it('should keep a value that opens with a cited provision number under its label', () => {
    const parsed = parseAssessment([
      text('Code provision 5.6', true),
      text('Code requirement'),
      text('When a complaint is logged, landlords must set out their understanding of it.'),
      text('Comply'),
      text('Yes'),
      text('Evidence'),
      text('4.25 – 4.26) Staff training materials and letter templates'),
      text('Commentary'),
      text('Reviewed yearly.'),
      text('5.7 Landlords must not refuse to escalate a complaint. Compliant: No. Evidence:'),
      text('5.8 A full record must be kept. Compliant: Yes. Evidence: Case log.'),
    ]);
    expect(parsed.responses.map((r) => [r.provision, r.compliance, r.evidence])).toEqual([
      ['5.6', 'yes', '4.25 – 4.26) Staff training materials and letter templates'],
      ['5.7', 'no', ''],
      ['5.8', 'yes', 'Case log.'],
    ]);
  });

  it('should read ticked Yes/No columns as answers', () => {
    const tick = (checked: boolean) => cell(checked ? '☒' : '☐', { checked });
    const parsed = parseAssessment([
      {
        kind: 'row',
        cells: ['Provision', 'Requirement', 'Yes', 'No', 'Evidence'].map((t) => cell(t)),
        markedHeader: true,
        page: 1,
      },
      {
        kind: 'row',
        cells: [
          cell('1.2'),
          cell('A complaint must be defined'),
          tick(false),
          tick(true),
          cell('Draft policy'),
        ],
        markedHeader: false,
        page: 1,
      },
    ]);
    expect(parsed.responses[0]).toMatchObject({ provision: '1.2', compliance: 'no' });
  });

  it('should recognise the 2022 edition from its numbering and map provisions onto 2024', () => {
    const parsed = parseAssessment([
      text("Mandatory 'must' requirements"),
      row(
        'Code provision',
        'Code requirement',
        'Comply: Yes / No',
        'Evidence, commentary and any explanations',
      ),
      row(
        '1.7',
        'Landlords must accept a complaint unless there is a valid reason not to do so',
        'Yes',
        'Policy 4',
      ),
      row(
        '1.8',
        'A complaints policy must clearly set out the circumstances in which a complaint will not be considered',
        'Yes',
        'Policy 4.2',
      ),
      row(
        '3.1',
        'Landlords must have a person or team assigned to take responsibility for complaint handling',
        'Yes',
        'Complaints team',
      ),
    ]);
    expect(parsed.codeVersion).toBe('2022');
    expect(parsed.responses.map((r) => [r.provision, r.provision2024])).toEqual([
      ['1.7', '2.1'],
      ['1.8', '2.2'],
      ['3.1', '4.1'],
    ]);
  });

  it('should keep the 2020 questionnaire with its own question ids', () => {
    const questions = [
      'Does the complaints process use the Ombudsman definition of a complaint?',
      'Are there exclusions in the policy, and are they reasonable?',
      'Is the policy published on the website?',
      'Does the policy have two stages?',
      'Are residents told about the Ombudsman?',
    ];
    const parsed = parseAssessment([
      row('Question', 'Yes / No', 'Evidence'),
      ...questions.map((q, i) => row(q, i === 3 ? 'No' : 'Yes', 'Policy')),
    ]);
    expect(parsed.codeVersion).toBe('2020');
    expect(parsed.responses.map((r) => [r.provision, r.compliance])).toEqual([
      ['Q1', 'yes'],
      ['Q2', 'yes'],
      ['Q3', 'yes'],
      ['Q4', 'no'],
      ['Q5', 'yes'],
    ]);
  });
});
