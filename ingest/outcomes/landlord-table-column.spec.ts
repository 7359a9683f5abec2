import { landlordTableColumn } from './landlord-table-column';

describe(landlordTableColumn.name, () => {
  it('should know the rate, outcome counts and the total by their words', () => {
    expect(landlordTableColumn('Maladministration rate2')).toEqual({ kind: 'rate' });
    expect(landlordTableColumn('Maladministration %')).toEqual({ kind: 'rate' });
    expect(landlordTableColumn('% of findings upheld')).toEqual({ kind: 'rate' });
    expect(landlordTableColumn('Maladministration')).toEqual({
      kind: 'outcome',
      outcome: 'maladministration',
    });
    expect(landlordTableColumn('Number of Severe Maladministration findings')).toEqual({
      kind: 'outcome',
      outcome: 'severe_maladministration',
    });
    expect(landlordTableColumn('Total determinations')).toEqual({ kind: 'total' });
  });

  it('should leave other columns alone, shares of other outcomes included', () => {
    expect(landlordTableColumn('No maladministration rate')).toBeNull();
    expect(landlordTableColumn('Findings per 10,000 homes')).toBeNull();
    expect(landlordTableColumn('Landlord type')).toBeNull();
  });
});
