/**
 * Variants the extractor does not yet read to the bar, each with what goes wrong. Their
 * tests are expected to fail (`it.failing`): when a change makes one pass, its test fails
 * until the variant is taken off this list, so the list only shrinks as the reader's
 * reach grows.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  '46-lopdf-borderless-middle':
    'LibreOffice sets the first body row as close under the header as the header lines are to each other, so it is read as part of the header (compliance 0.03)',
  '48-lopdf-zebra-merged':
    'LibreOffice zebra table with evidence and commentary in one column: 20 rows merge with a neighbour (recall 0.72)',
  '49-lopdf-header-underline-bottom':
    'LibreOffice table with bottom-aligned cells and only a header underline: text cut between rows at the wrong gap (text F1 0.59)',
  '54-pdf-gold-borderless-middle':
    'Chromium, no lines, vertically centred cells: 4 provisions missed and text F1 0.85',
  '55-pdf-gold-rules-landscape': 'Chromium, horizontal rules, landscape: 4 provisions missed',
  '60-lopdf-gold-borderless-middle':
    'LibreOffice, no lines, vertically centred cells: text F1 0.83 (text joins a neighbouring row)',
};
