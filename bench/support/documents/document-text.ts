/* Published self-assessments say more per provision than the synthetic sector's one-line
   answers: this adds evidence sentences, in the sector's own vocabulary, until the text
   fills about the pages a document is planned for. */
import { SeededRandom, type SyntheticAssessment } from '@ingest/synthetic';
import {
  BODIES,
  FREQUENCIES,
  GENERIC_LINES,
  MONTHS,
  POLICIES,
  ROLES,
  SYSTEMS,
} from '@ingest/synthetic/sector-vocabulary';

/** Characters an A4 page holds at 8 pt in the layouts' tables, measured on Chromium prints. */
const CHARS_PER_PAGE_AT_8PT = 2800;

/** Characters per page at a font size (area per character grows a little faster than its size). */
export const charsPerPage = (fontSizePt: number) =>
  CHARS_PER_PAGE_AT_8PT * (8 / fontSizePt) ** 1.45;

function sentence(random: SeededRandom, year: number): string {
  switch (random.int(0, 4)) {
    case 0:
      return `The ${random.pick(ROLES)} reports ${random.pick(FREQUENCIES)} to the ${random.pick(BODIES)} on complaint volumes, outcomes and what we learned.`;
    case 1:
      return `Each case is logged on the ${random.pick(SYSTEMS)} and checked against the timescales in the ${random.pick(POLICIES)}.`;
    case 2:
      return `In ${random.pick(MONTHS)} ${year - 1} the ${random.pick(BODIES)} reviewed ${random.int(12, 480)} complaints and agreed ${random.int(2, 14)} actions.`;
    case 3:
      return `${random.int(55, 99)}% of stage one responses were sent within ${random.int(5, 10)} working days last year.`;
    default:
      return random.pick(GENERIC_LINES);
  }
}

const textLength = (assessment: SyntheticAssessment) =>
  assessment.responses.reduce(
    (sum, r) => sum + r.requirement.length + r.evidence.length + r.commentary.length,
    0,
  );

/** The assessment with evidence and commentary lengthened to fill `pages` pages at `fontSizePt`. */
export function lengthenedAssessment(
  assessment: SyntheticAssessment,
  pages: number,
  fontSizePt: number,
  seed: number,
): SyntheticAssessment {
  const random = new SeededRandom(seed);
  const wanted = pages * charsPerPage(fontSizePt);
  const perRow = Math.max(0, (wanted - textLength(assessment)) / assessment.responses.length);
  const responses = assessment.responses.map((r) => {
    let evidence = r.evidence;
    let commentary = r.commentary;
    let added = 0;
    while (added < perRow) {
      const more = sentence(random, assessment.year);
      // A row left blank by its landlord stays blank: an empty cell is part of the layout.
      if (evidence !== '' && random.chance(0.5)) {
        evidence = `${evidence} ${more}`;
      } else {
        commentary = commentary ? `${commentary} ${more}` : more;
      }
      added += more.length + 1;
    }
    return { ...r, evidence, commentary };
  });
  return { ...assessment, responses };
}
