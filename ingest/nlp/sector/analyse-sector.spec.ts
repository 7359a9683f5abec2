import type { ExtractedResponse } from '@ingest/core';
import { analyseSector } from './analyse-sector';

const response = (provision: string, commentary: string): ExtractedResponse => ({
  provision,
  provision2024: provision,
  compliance: 'yes',
  rawAnswer: 'Yes',
  rag: null,
  requirement: '',
  evidence: '',
  commentary,
  page: null,
});

describe(analyseSector.name, () => {
  const shared = 'Excellent outcomes are delivered for every resident we serve.';
  const inputs = ['A', 'B', 'C', 'D', 'E', 'F'].map((landlord, i) => ({
    id: landlord,
    landlord: `${landlord} Homes`,
    responses: [
      response(
        '3.3',
        i < 3
          ? shared
          : `Complaint volumes are reported ${['weekly', 'monthly', 'quarterly'][i - 3]} to the Board.`,
      ),
      response('3.4', `The policy is on page ${i + 2} of the website.`),
    ],
  }));

  it('should flag wording that many landlords share and list it as a sector phrase', () => {
    const sector = analyseSector(inputs);
    expect(sector.landlords).toBe(6);
    const first = sector.assessments[0]!.analysis.responses[0]!;
    expect(first.boilerplate).toMatchObject({
      flag: true,
      reasons: ['wording used by 3 of 6 landlords'],
    });
    expect(sector.phrases[0]).toEqual({ sentence: shared, landlords: 3, responses: 3 });
    expect(sector.assessments[4]!.analysis.responses[0]!.boilerplate.flag).toBe(false);
  });
});
