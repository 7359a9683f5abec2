import { formProvisionsOf } from '@ingest/code';
import { cell, type Block } from '@ingest/core';
import { extractionConfidence, responseConfidence } from './extraction-confidence';
import { parseAssessment } from './parse-assessment';

const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary'];
const FORM = formProvisionsOf('2024');

function row(...texts: string[]): Block {
  return { kind: 'row', cells: texts.map((t) => cell(t)), markedHeader: false, page: 1 };
}

/** The 2024 form as a table: one row per provision, its answer from `answer(index)`. */
function formTable(
  answer: (index: number) => string,
  keep: (index: number) => boolean = () => true,
): Block[] {
  return [
    row(...HEADER),
    ...FORM.flatMap((p, i) =>
      keep(i) ? [row(p.id, p.summary, answer(i), `Complaints policy section ${i + 1}`, '')] : [],
    ),
  ];
}

describe(extractionConfidence.name, () => {
  it('should be high when a headed table answers every provision of the form', () => {
    const { confidence, responses, warnings } = parseAssessment(formTable(() => 'Yes'));
    expect(confidence).toEqual({
      level: 'high',
      score: 1,
      structure: 'table',
      provisionsFound: FORM.length,
      provisionsExpected: FORM.length,
      answeredShare: 1,
      guessedCells: 0,
      reasons: [],
    });
    expect(responses.every((r) => r.confidence === 1)).toBe(true);
    expect(warnings.filter((w) => /confidence/.test(w))).toEqual([]);
  });

  it('should be low, and say why in a warning, when the answer column is empty', () => {
    const { confidence, responses, warnings } = parseAssessment(formTable(() => ''));
    expect(responses).toHaveLength(FORM.length);
    expect(confidence.level).toBe('low');
    expect(confidence.answeredShare).toBe(0);
    expect(confidence.score).toBeLessThan(0.5);
    const sentence = `${FORM.length} of ${FORM.length} provisions have no readable answer: the answer column may be an image or in an unusual place`;
    expect(confidence.reasons).toContain(sentence);
    expect(warnings).toContain(`low extraction confidence: ${sentence}`);
    expect(responses.every((r) => (r.confidence ?? 1) < 0.5)).toBe(true);
  });

  it('should be low when most answers are words that are no answer', () => {
    const { confidence, responses } = parseAssessment(
      formTable((i) => (i % 4 === 0 ? 'Yes' : 'see image')),
    );
    expect(confidence.level).toBe('low');
    expect(responses.find((r) => r.compliance === 'not_stated')?.confidence).toBe(0.3);
  });

  it('should be medium when half the provisions of the form are missing', () => {
    const { confidence } = parseAssessment(
      formTable(
        () => 'Yes',
        (i) => i < FORM.length / 2,
      ),
    );
    expect(confidence.level).toBe('medium');
    expect(confidence.provisionsFound).toBe(FORM.length / 2);
    expect(confidence.reasons).toContain(
      `${FORM.length / 2} of the ${FORM.length} provisions of the form were found`,
    );
  });

  it('should be medium when a third of the answers are blank, and high when a fifth are', () => {
    const third = parseAssessment(formTable((i) => (i % 3 === 0 ? '' : 'No')));
    expect(third.confidence.level).toBe('medium');
    const fifth = parseAssessment(formTable((i) => (i % 5 === 0 ? '' : 'No')));
    expect(fifth.confidence.level).toBe('high');
    expect(fifth.confidence.score).toBeLessThan(1);
  });

  it('should be low with structure none when nothing lists provisions', () => {
    const { confidence } = parseAssessment([
      { kind: 'text', text: 'Our complaints annual report', heading: true, page: 1 },
    ]);
    expect(confidence).toMatchObject({ level: 'low', score: 0, structure: 'none' });
  });

  it('should read labelled blocks as a labelled structure', () => {
    const blocks: Block[] = FORM.flatMap((p) => [
      { kind: 'text', text: `${p.id} ${p.summary}`, heading: true, page: 1 },
      { kind: 'text', text: 'Compliant: Yes', heading: false, page: 1 },
      { kind: 'text', text: 'Evidence: Complaints policy', heading: false, page: 1 },
    ]);
    const { confidence } = parseAssessment(blocks);
    expect(confidence).toMatchObject({ level: 'high', structure: 'labelled' });
  });

  it('should count a number resolved from its requirement text as a guessed cell', () => {
    const blocks = formTable(() => 'Yes').map((b, i) =>
      // The second provision's number cell garbled: resolved from its gap and requirement.
      i === 2 && b.kind === 'row' ? { ...b, cells: [cell('l.3x'), ...b.cells.slice(1)] } : b,
    );
    const { confidence, responses } = parseAssessment(blocks);
    expect(confidence.guessedCells).toBe(1);
    expect(responses[1]?.confidence).toBe(0.8);
    expect(confidence.level).toBe('high');
  });

  it('should score an inferred answer and a repaired row below one read cleanly', () => {
    expect(responseConfidence({ answerSource: 'inferred', idGuessed: false, repairs: 0 })).toBe(
      0.6,
    );
    expect(responseConfidence({ answerSource: 'read', idGuessed: false, repairs: 2 })).toBe(0.81);
  });

  it('should be medium when the edition is unknown', () => {
    const confidence = extractionConfidence({
      structure: 'table_without_header',
      provisionsExpected: null,
      responses: Array.from({ length: 20 }, () => ({
        answerSource: 'read' as const,
        idGuessed: false,
        repairs: 0,
      })),
    });
    expect(confidence.level).toBe('medium');
    expect(confidence.reasons).toEqual([
      'the table has no recognised header row: its columns were inferred',
      'the edition of the Code is unknown, so missing provisions cannot be counted',
    ]);
  });
});
