import { recordAnswer } from './record-answer';
import { emptyRecord, type RowRecord } from './row-record';

function record(parts: Partial<RowRecord['parts']>, ticks: Partial<RowRecord['ticks']> = {}) {
  const r = emptyRecord('1.2', '1.2', 1);
  Object.assign(r.parts, parts);
  Object.assign(r.ticks, ticks);
  return r;
}

describe(recordAnswer.name, () => {
  it('should read the answer from its own cell and leave the texts alone', () => {
    const answer = recordAnswer(record({ answer: ['Yes'], evidence: ['Complaints Policy 4.2'] }));
    expect(answer).toMatchObject({
      compliance: 'yes',
      rawAnswer: 'Yes',
      evidence: 'Complaints Policy 4.2',
      answerFrom: 'cell',
    });
  });

  it('should take an answer that opens the evidence out of it when there is no answer cell', () => {
    const answer = recordAnswer(record({ evidence: ['No, because stage 2 takes 25 days.'] }));
    expect(answer).toMatchObject({
      compliance: 'no',
      rawAnswer: 'No',
      evidence: 'because stage 2 takes 25 days.',
      answerFrom: 'text',
    });
  });

  it('should give the rest of a long answer cell to the evidence', () => {
    const answer = recordAnswer(
      record({ answer: ['Partially – the letters are being rewritten this year'], evidence: [] }),
    );
    expect(answer).toMatchObject({
      compliance: 'partial',
      rawAnswer: 'Partially',
      evidence: 'the letters are being rewritten this year',
    });
  });

  it('should keep a short note beside the answer in its cell', () => {
    const answer = recordAnswer(record({ answer: ['Yes – see note'] }));
    expect(answer).toMatchObject({ compliance: 'yes', rawAnswer: 'Yes – see note', evidence: '' });
  });

  it('should read N/A that opens the commentary and keep the explanation whole', () => {
    const answer = recordAnswer(record({ commentary: ['N/A – we have no leaseholders'] }));
    expect(answer).toMatchObject({
      compliance: 'not_applicable',
      rawAnswer: 'N/A',
      commentary: 'N/A – we have no leaseholders',
    });
  });

  it('should prefer a ticked column to any words', () => {
    const answer = recordAnswer(record({ evidence: ['Yes. We log complaints.'] }, { no: true }));
    expect(answer).toMatchObject({ compliance: 'no', answerFrom: 'tick' });
  });

  it('should leave an answer not stated when nothing opens with one', () => {
    const answer = recordAnswer(record({ evidence: ['No complaints were refused last year.'] }));
    expect(answer).toMatchObject({ compliance: 'not_stated', answerFrom: 'none' });
  });
});
