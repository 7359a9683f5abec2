import type { Compliance } from '@ingest/core';
import { SeededRandom } from '@ingest/synthetic';
import type { Layout } from './layout-axes';
import type { ContentRow, LayoutContent } from './layout-content';

/** A response as the truth files record it: the shape of ../shared/corpus/gold. */
export interface TruthResponse {
  provision: string;
  compliance: Compliance;
  rawAnswer: string;
  rag: null;
  evidence: string;
  commentary: string;
  boilerplate: boolean | null;
}

/** One provision's texts as the document prints them, with what a reader should get back. */
export interface PrintedRow {
  provision: string;
  section: number;
  sectionTitle: string;
  requirement: string;
  /** The answer's own cell or label value; empty when the answer opens the text. */
  answer: string;
  rag: string;
  /** Evidence and commentary as printed: an opening answer ("Yes. …") included. */
  evidence: string;
  commentary: string;
  truth: TruthResponse;
}

const COMPLIANT_WORDS: Record<Compliance, string> = {
  yes: 'Compliant',
  no: 'Not compliant',
  partial: 'Partially compliant',
  not_applicable: 'Not applicable',
  not_stated: '',
};

const RAG: Record<Compliance, string> = {
  yes: 'Green',
  partial: 'Amber',
  no: 'Red',
  not_applicable: '',
  not_stated: '',
};

/** Openings that carry the answer; a connector stays part of the text ("Yes – see the policy"). */
interface Opening {
  answer: string;
  connector?: 'see' | 'because';
}
const OPENINGS: Record<Compliance, Opening[]> = {
  yes: [
    { answer: 'Yes.' },
    { answer: 'Yes –', connector: 'see' },
    { answer: 'Compliant: Yes.' },
    { answer: 'Fully compliant.' },
  ],
  no: [{ answer: 'No,', connector: 'because' }, { answer: 'No.' }, { answer: 'Not compliant –' }],
  partial: [{ answer: 'Partially –' }, { answer: 'Partially compliant.' }],
  not_applicable: [{ answer: 'Not applicable –' }, { answer: 'N/A.' }],
  not_stated: [{ answer: '' }],
};

/** "The policy" after "because" reads "because the policy"; acronyms keep their capitals. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

/** The answer opens the evidence where there is some, else the commentary. */
function openText(
  row: ContentRow,
  random: SeededRandom,
): { evidence: string; commentary: string; truth: Pick<TruthResponse, 'evidence' | 'commentary'> } {
  const opensEvidence = row.evidence.trim() !== '';
  const fits = OPENINGS[row.compliance].filter(
    (o) =>
      !o.connector ||
      (o.connector === 'see' && opensEvidence) ||
      (o.connector === 'because' && !opensEvidence && row.commentary.trim() !== ''),
  );
  const opening = random.pick(fits);
  const opened = opensEvidence ? row.evidence : row.commentary;
  const rest =
    opening.connector === 'because'
      ? `because ${lowerFirst(opened)}`
      : opening.connector
        ? `${opening.connector} ${opened}`
        : opened;
  const printed = [opening.answer, rest].filter(Boolean).join(' ');
  return opensEvidence
    ? {
        evidence: printed,
        commentary: row.commentary,
        truth: { evidence: rest, commentary: row.commentary },
      }
    : {
        evidence: row.evidence,
        commentary: printed,
        truth: { evidence: row.evidence, commentary: rest },
      };
}

/** Every row of an assessment as a layout prints it (seeded: the same seed, the same openings). */
export function printedRows(content: LayoutContent, layout: Layout, seed: number): PrintedRow[] {
  const random = new SeededRandom(seed);
  const titles = new Map(content.sections.map((s) => [s.number, s.title]));
  return content.rows.map((row) => {
    const own = layout.answerStyle === 'own-cell';
    const answer = !own
      ? ''
      : layout.answerWords === 'compliant'
        ? COMPLIANT_WORDS[row.compliance]
        : row.rawAnswer;
    const texts = own
      ? { evidence: row.evidence, commentary: row.commentary, truth: row }
      : openText(row, random);
    return {
      provision: row.provision,
      section: row.section,
      sectionTitle: titles.get(row.section) ?? '',
      requirement: row.requirement,
      answer,
      rag: RAG[row.compliance],
      evidence: texts.evidence,
      commentary: texts.commentary,
      truth: {
        provision: row.provision,
        compliance: row.compliance,
        rawAnswer: own ? answer : row.rawAnswer,
        rag: null,
        evidence: texts.truth.evidence,
        commentary: texts.truth.commentary,
        boilerplate: row.boilerplate,
      },
    };
  });
}
