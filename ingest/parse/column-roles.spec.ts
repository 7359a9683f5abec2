import { headerRoles } from '@ingest/core';
import { inferRoles } from './column-roles';

describe(headerRoles.name, () => {
  it('should name the columns of the usual header whatever its wording and order', () => {
    expect(
      headerRoles([
        'Code provision',
        'Code requirement',
        'Comply: Yes / No',
        'Evidence',
        'Commentary / explanation',
      ]),
    ).toEqual(['provision', 'requirement', 'answer', 'evidence', 'commentary']);
    expect(
      headerRoles([
        'Code',
        'Have we complied with this requirement',
        'Our evidence',
        'Commentary',
        'RAG',
      ]),
    ).toEqual(['provision', 'answer', 'evidence', 'commentary', 'rag']);
    expect(headerRoles(['Ref', 'Evidence and commentary', 'Compliant?'])).toEqual([
      'provision',
      'evidenceAndCommentary',
      'answer',
    ]);
  });

  it('should not take a data row for a header when its cells mention evidence', () => {
    expect(
      headerRoles([
        '',
        '',
        '',
        'expressions of dissatisfaction',
        'evidence this new process by end August 2024)',
      ]),
    ).toBeNull();
    expect(
      headerRoles(['1.2', 'A complaint must be defined', 'Yes', 'Policy', 'Comment']),
    ).toBeNull();
  });
});

describe(inferRoles.name, () => {
  it('should find the number, answer and text columns of a table with no header', () => {
    const rows = [
      ['1.2', 'A complaint must be defined as…', 'Yes', 'Policy section 2', 'Defined in policy'],
      ['1.3', 'A resident does not have to…', 'No', 'Policy section 3', 'Under review'],
      ['1.4', 'Landlords must recognise…', 'Yes', 'Policy section 4', ''],
    ];
    expect(inferRoles(rows)).toEqual([
      'provision',
      'requirement',
      'answer',
      'evidence',
      'commentary',
    ]);
  });
});
