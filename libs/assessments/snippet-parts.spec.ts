import { MATCH_END, MATCH_START } from './evidence-search.repository';
import { snippetParts } from './snippet-parts';

describe('snippetParts', () => {
  it('should split a headline into plain and matched parts in order', () => {
    const headline = `Complaints go to the ${MATCH_START}panel${MATCH_END} each ${MATCH_START}quarter${MATCH_END}.`;
    expect(snippetParts(headline)).toEqual([
      { text: 'Complaints go to the ', match: false },
      { text: 'panel', match: true },
      { text: ' each ', match: false },
      { text: 'quarter', match: true },
      { text: '.', match: false },
    ]);
  });

  it('should keep a headline with no match as one plain part', () => {
    expect(snippetParts('nothing found here')).toEqual([
      { text: 'nothing found here', match: false },
    ]);
  });
});
