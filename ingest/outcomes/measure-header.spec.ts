import { measureColumn } from './measure-header';

describe(measureColumn.name, () => {
  it('should find the measure by its code whatever the wording, footnotes and spaces', () => {
    expect(
      measureColumn(
        'Proportion of stage\u00A0one complaints responded to within the Code timescales\u200B3 (CH02\u00A01)',
      ),
    ).toEqual({ measure: 'CH02 stage 1', part: 'value', tenure: null, percent: true });
    expect(measureColumn('Satisfaction with complaints handling (TP09)² LCHO')).toEqual({
      measure: 'TP09',
      part: 'value',
      tenure: 'lcho',
      percent: true,
    });
    expect(measureColumn('Stage two complaints per 1,000 homes (CH01\u20092)')).toMatchObject({
      measure: 'CH01 stage 2',
      percent: false,
    });
  });

  it('should tell numerators and denominators from the figure', () => {
    expect(measureColumn('Number responded to within timescales (CH02 2 numerator)')).toMatchObject(
      { measure: 'CH02 stage 2', part: 'numerator' },
    );
    expect(measureColumn('Stage 1 complaints received, denominator (CH02_1)')).toMatchObject({
      measure: 'CH02 stage 1',
      part: 'denominator',
    });
  });

  it('should ignore other measures and a staged code without its stage', () => {
    expect(measureColumn('Overall satisfaction (TP01)')).toBeNull();
    expect(measureColumn('Complaints (CH02)')).toBeNull();
    expect(measureColumn('Landlord name')).toBeNull();
  });
});
