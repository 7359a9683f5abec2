import type { ExtractedResponse } from '@ingest/core';
import { compareAssessments } from './modification';

const response = (
  provision: string,
  compliance: ExtractedResponse['compliance'],
  commentary: string,
): ExtractedResponse => ({
  provision,
  provision2024: provision,
  compliance,
  rawAnswer: '',
  rag: null,
  requirement: '',
  evidence: '',
  commentary,
  page: null,
});

describe(compareAssessments.name, () => {
  it('should score copied-forward text 0, rewritten text near 1, and note changed answers', () => {
    const changes = compareAssessments(
      [
        response('1.2', 'yes', 'Defined in the policy.'),
        response('1.3', 'no', 'Training planned for staff.'),
      ],
      [
        response('1.2', 'yes', 'Defined in the policy.'),
        response('1.3', 'yes', 'Contact centre scripts were rewritten in May.'),
      ],
    );
    expect(changes).toEqual([
      { provision: '1.2', before: 'yes', after: 'yes', answerChanged: false, modification: 0 },
      { provision: '1.3', before: 'no', after: 'yes', answerChanged: true, modification: 1 },
    ]);
  });

  it('should match editions through the 2024 numbering and leave text-less years unscored', () => {
    const earlier = [{ ...response('1.7', 'yes', ''), provision2024: '2.1' }];
    const [change] = compareAssessments(earlier, [
      response('2.1', 'yes', 'We accept complaints unless excluded.'),
    ]);
    expect(change).toMatchObject({ provision: '2.1', answerChanged: false, modification: null });
  });
});
