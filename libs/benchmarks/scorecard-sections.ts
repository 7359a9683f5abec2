import { sectionsOf } from '@ingest/code';

/** A landlord's answers to one section of the Code beside its peers' answers to it. */
export interface SectionShare {
  section: number;
  title: string;
  /** The landlord's answers in the section, and how many of them are yes. */
  answers: number;
  yes: number;
  yesShare: number | null;
  /** Its peers' answers to the same provisions, and how many of them are yes. */
  peerAnswers: number;
  peersYes: number;
  peersYesShare: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Per section of the 2024 Code, the share of the landlord's answers that are yes and the
 * same share over its peers' answers, both counted the same way (every answer, stated or
 * not), so the two can be drawn side by side. Sections in Code order.
 */
export function sectionShares(
  rows: readonly { provision: string; compliance: string; peers: number; peersYes: number }[],
): SectionShare[] {
  return sectionsOf('2024')
    .map(({ number, title }) => {
      const mine = rows.filter((r) => Number(r.provision.split('.')[0]) === number);
      const yes = mine.filter((r) => r.compliance === 'yes').length;
      const peerAnswers = mine.reduce((s, r) => s + r.peers, 0);
      const peersYes = mine.reduce((s, r) => s + r.peersYes, 0);
      return {
        section: number,
        title,
        answers: mine.length,
        yes,
        yesShare: share(yes, mine.length),
        peerAnswers,
        peersYes,
        peersYesShare: share(peersYes, peerAnswers),
      };
    })
    .filter((s) => s.answers > 0);
}
