import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedDir } from '../corpus';
import { scoreResponses, tokenF1 } from './variant-scorer';

const truth = [
  { provision: '1.2', compliance: 'yes', evidence: 'Complaints Policy section 2', commentary: '' },
  { provision: '1.3', compliance: 'no', evidence: '', commentary: 'Not yet in place.' },
  { provision: '1.4', compliance: 'yes', evidence: 'Policy', commentary: 'Reviewed yearly.' },
  { provision: '6.3', compliance: 'no', evidence: '', commentary: '', mergedInto: '6.2' },
];
const predicted = [
  { provision: '1.2', compliance: 'yes', evidence: 'Complaints Policy section 2', commentary: '' },
  { provision: '1.3', compliance: 'yes', evidence: 'Not yet', commentary: 'in place' },
  { provision: '1.3', compliance: 'no', evidence: 'a later duplicate', commentary: '' },
  { provision: '9.9', compliance: 'yes', evidence: 'spurious', commentary: '' },
];

describe(scoreResponses.name, () => {
  it('should score a document the way score.mjs defines it', () => {
    const score = scoreResponses(truth, predicted);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.compliance).toBeCloseTo(1 / 2);
    expect(score.textF1).toBeCloseTo(1);
    expect(score.missed).toEqual(['1.4']);
    expect(score.spurious).toEqual(['9.9']);
    expect(score.wrong).toEqual(['1.3:yes!=no']);
  });

  it('should count tokens case-blind and by multiplicity', () => {
    expect(tokenF1('The policy, the POLICY', 'the policy')).toBeCloseTo(2 / 3);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('something', '')).toBe(0);
  });

  it('should agree with ../shared/eval/score.mjs', () => {
    const scorer = path.join(sharedDir(), 'eval', 'score.mjs');
    const dir = mkdtempSync(path.join(tmpdir(), 'chc-scorer-'));
    try {
      for (const sub of ['gold', 'pred']) {
        mkdirSync(path.join(dir, sub));
      }
      writeFileSync(path.join(dir, 'gold', 'doc.json'), JSON.stringify({ responses: truth }));
      writeFileSync(
        path.join(dir, 'pred', 'doc.pdf.json'),
        JSON.stringify({ responses: predicted }),
      );
      const reference = JSON.parse(
        execFileSync(
          process.execPath,
          [scorer, '--gold', `${dir}/gold`, '--pred', `${dir}/pred`, '--json'],
          {
            encoding: 'utf8',
          },
        ),
      ) as { recall: number; precision: number; compliance: number; textF1: number };
      const ours = scoreResponses(truth, predicted);
      expect(ours.recall).toBeCloseTo(reference.recall, 10);
      expect(ours.precision).toBeCloseTo(reference.precision, 10);
      expect(ours.compliance).toBeCloseTo(reference.compliance, 10);
      expect(ours.textF1).toBeCloseTo(reference.textF1, 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
