import type { ExtractedResponse } from '@ingest/core';
import { analyseAssessment } from './analyse-assessment';

function response(
  provision: string,
  compliance: ExtractedResponse['compliance'],
  evidence: string,
  commentary: string,
): ExtractedResponse {
  return {
    provision,
    provision2024: provision,
    compliance,
    rawAnswer: compliance,
    rag: null,
    requirement: '',
    evidence,
    commentary,
    page: 1,
  };
}

describe(analyseAssessment.name, () => {
  const repeated = 'This is supported by our complaint handler training, as referenced above.';
  const responses = [
    response('6.1', 'yes', 'Complaints Policy (Section 4)', repeated),
    response('6.2', 'yes', 'Complaints Policy (Section 4)', repeated),
    response(
      '6.3',
      'yes',
      'Monthly KPI report to the Board',
      '91% of stage 1 responses were issued within 10 working days in 2024/25.',
    ),
    response('6.4', 'yes', '', ''),
    response(
      '6.5',
      'yes',
      'Letters',
      'Not yet outlined in the policy; will be addressed in the review due in November 2024.',
    ),
  ];

  it('should judge each response with reasons and sum the assessment up', () => {
    const analysis = analyseAssessment(responses);
    const flags = analysis.responses.map((r) => [r.provision, r.boilerplate.flag]);
    expect(flags).toEqual([
      ['6.1', true],
      ['6.2', true],
      ['6.3', false],
      ['6.4', true],
      ['6.5', false],
    ]);
    expect(analysis.responses[3]!.boilerplate.reasons).toEqual([
      'unsupported claim: no evidence and no commentary',
    ]);
    expect(analysis.responses[4]!.contradiction?.kind).toBe('yes_but_admits_gap');
    expect(analysis.responses[4]!.actions[0]?.due?.from).toBe('2024-11-01');
    expect(analysis.indices).toMatchObject({
      responses: 5,
      unsupported: 1,
      contradicted: 1,
      boilerplateShare: 0.5,
    });
    expect(analysis.indices.mostRepeatedSentence?.provisions).toEqual(['6.1', '6.2']);
  });

  it('should give the same result when run again on the same input', () => {
    expect(analyseAssessment(responses)).toEqual(analyseAssessment(responses));
  });
});
