import { detectEdition } from './edition-detector';

describe(detectEdition.name, () => {
  it('should take section 9 provisions as the 2024 Code', () => {
    const verdict = detectEdition(
      [{ id: '9.4', requirement: 'Landlords must appoint a suitably senior lead person' }],
      '',
      0,
    );
    expect(verdict.edition).toBe('2024');
  });

  it('should take 2022 numbering with exclusions in section 1 as the 2022 Code', () => {
    const verdict = detectEdition(
      [
        {
          id: '1.8',
          requirement:
            'The policy must set out the circumstances in which a complaint will not be considered',
        },
      ],
      '',
      0,
    );
    expect(verdict.edition).toBe('2022');
  });

  it('should tell editions apart by wording where the same number means different things', () => {
    const rows = [
      {
        id: '3.1',
        requirement:
          'Landlords must have a person or team assigned to take responsibility for complaint handling, including liaison with the Ombudsman',
      },
      {
        id: '2.1',
        requirement:
          'Landlords must make it easy for residents to complain by providing different channels; Equality Act reasonable adjustments',
      },
    ];
    expect(detectEdition(rows, '', 0).edition).toBe('2022');
  });

  it('should not decide from a date alone', () => {
    expect(detectEdition([], 'Self-assessment completed March 2023', 0).edition).toBeNull();
  });
});
