import { sectionShares } from './scorecard-sections';

const row = (provision: string, compliance: string, peers: number, peersYes: number) => ({
  provision,
  compliance,
  peers,
  peersYes,
});

describe(sectionShares.name, () => {
  it('should count the landlord’s and its peers’ yes answers the same way, section by section', () => {
    const sections = sectionShares([
      row('1.2', 'yes', 10, 9),
      row('1.3', 'no', 10, 5),
      row('5.10', 'yes', 4, 4),
      row('5.8', 'not_stated', 4, 0),
    ]);
    expect(sections.map((s) => [s.section, s.answers, s.yes, s.yesShare, s.peersYesShare])).toEqual(
      [
        [1, 2, 1, 0.5, 14 / 20],
        [5, 2, 1, 0.5, 0.5],
      ],
    );
    expect(sections[0]!.title).toMatch(/\w/);
  });

  it('should give no share when no peer answered a section', () => {
    const [section] = sectionShares([row('2.1', 'yes', 0, 0)]);
    expect(section).toMatchObject({ yesShare: 1, peerAnswers: 0, peersYesShare: null });
  });
});
