import { citedDocuments } from './cited-documents';

describe(citedDocuments.name, () => {
  it('should normalise a cited document to its name and sections', () => {
    expect(citedDocuments('Complaints Policy (3.1, 3.4, Section 4)')).toEqual([
      { name: 'Complaints Policy', sections: ['3.1', '3.4', '4'], raw: 'Complaints Policy' },
    ]);
  });

  it('should read versions, section words and several documents in one cell', () => {
    const docs = citedDocuments(
      'Compliments, Comments, and Complaints Policy Version 2.1 - Section 3.0. Staff training materials (CRS Training May 2024, Page 5) and the Unacceptable Behaviour Policy.',
    );
    expect(docs.map((d) => [d.name, d.sections])).toEqual([
      ['Compliments, Comments, and Complaints Policy', ['3']],
      ['Staff Training Materials', ['5']],
      ['CRS Training', []],
      ['Unacceptable Behaviour Policy', []],
    ]);
  });

  it('should find nothing in text that cites no document', () => {
    expect(citedDocuments('All complaints are logged within five working days.')).toEqual([]);
  });
});
