import { CLAIMS_RULES } from './claims-rules';
import { judgeClaims, type OutcomeFigure } from './judge-claims';

const SECTION_9 = ['9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8'];
const claim = (landlordId: string, yes: string[]) => ({
  landlordId,
  assessmentId: `assessment-${landlordId}`,
  yes: new Set(yes),
});
const figure = (
  landlordId: string,
  measure: string,
  year: number,
  value: number,
  denominator: number | null = null,
): OutcomeFigure => ({ landlordId, measure, tenure: 'combined', year, value, denominator });

// CH02 stage 1 in 2023-24: 61, 70, 88, 90, 92, 95. Lower quartile (type 7): position
// 5 × 0.25 = 1.25, so 70 + 0.25 × (88 − 70) = 74.5; median 88 + 0.5 × (90 − 88) = 89.
const CH02 = [
  figure('a', 'CH02 stage 1', 2023, 61),
  figure('b', 'CH02 stage 1', 2023, 90),
  figure('c', 'CH02 stage 1', 2023, 95),
  figure('d', 'CH02 stage 1', 2023, 88),
  figure('e', 'CH02 stage 1', 2023, 92),
  figure('f', 'CH02 stage 1', 2023, 70),
  // An older year of a's is not the one judged.
  figure('a', 'CH02 stage 1', 2022, 99),
];

// Maladministration rates in 2024-25 over findings on the merits: a 9/11 = 81.8, b 3/6 =
// 50, c 2/8 = 25, d 0/5 = 0, e 3/6 = 50; f 1/1 is too few cases to count. Upper quartile:
// position 4 × 0.75 = 3, the fourth of 0, 25, 50, 50, 81.8 = 50; median 50.
const RATES = [
  figure('a', 'HOS maladministration rate', 2024, 81.8, 11),
  figure('b', 'HOS maladministration rate', 2024, 50, 6),
  figure('c', 'HOS maladministration rate', 2024, 25, 8),
  figure('d', 'HOS maladministration rate', 2024, 0, 5),
  figure('e', 'HOS maladministration rate', 2024, 50, 6),
  figure('f', 'HOS maladministration rate', 2024, 100, 1),
];

describe(judgeClaims.name, () => {
  it('should flag a Yes to 6.3 below the lower quartile of CH02 stage 1, with the median', () => {
    const claims = [claim('a', ['6.3']), claim('b', ['6.3']), claim('f', ['6.2'])];
    const flags = judgeClaims(claims, CH02, CLAIMS_RULES);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      landlordId: 'a',
      provision: '6.3',
      measure: 'CH02 stage 1',
      year: 2023,
      value: 61,
      peerMedian: 89,
      peerCount: 6,
      rulesVersion: CLAIMS_RULES.version,
    });
    expect(flags[0]!.text).toBe(
      'Yes to 6.3 (Full stage 1 response within 10 working days of acknowledgement) while CH02 stage 1 is 61% in 2023-24 (sector median 89%, 6 landlords)',
    );
    expect(flags[0]!.rule).toBe(
      "Flag a Yes to 6.3 when the landlord's latest CH02 stage 1 (combined) is below the sector's lower quartile for that year (at least 5 landlords).",
    );
  });

  it('should flag Yes to all of section 9 above the upper quartile of the maladministration rate, leaving small numbers out', () => {
    const claims = [
      claim('a', SECTION_9),
      claim('b', SECTION_9),
      claim('f', SECTION_9),
      claim('c', ['9.1']),
    ];
    const flags = judgeClaims(claims, RATES, CLAIMS_RULES);
    expect(
      flags.map((f) => [f.landlordId, f.provision, f.value, f.peerMedian, f.peerCount]),
    ).toEqual([['a', '9.1', 81.8, 50, 5]]);
    expect(flags[0]!.text).toBe(
      'Yes to every provision in section 9 while HOS maladministration rate is 81.8% in 2024-25 (sector median 50%, 5 landlords)',
    );
  });

  it('should not judge a year with fewer landlords than the rule asks for', () => {
    const flags = judgeClaims([claim('a', ['6.3'])], CH02.slice(0, 4), CLAIMS_RULES);
    expect(flags).toEqual([]);
  });

  it('should flag a Yes to 6.13 in a year with a failure order, against the line not a median', () => {
    const flags = judgeClaims(
      [claim('a', ['6.13']), claim('b', ['6.13'])],
      [figure('a', 'CHFO', 2024, 1)],
      CLAIMS_RULES,
    );
    expect(flags.map((f) => [f.landlordId, f.value, f.peerMedian, f.text])).toEqual([
      [
        'a',
        1,
        null,
        'Yes to 6.13 (A different person handles stage 2) while CHFO is 1 in 2024-25 (the line is 1)',
      ],
    ]);
  });
});
