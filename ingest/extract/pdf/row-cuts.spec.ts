import { rowCuts, splitRows, type Span } from './row-cuts';

/** A line of text 10 units tall whose top is at y. */
const line = (y: number): Span => ({ top: y, bottom: y + 10 });

describe(rowCuts.name, () => {
  it('should cut between rows at the rules that separate the numbers', () => {
    const anchors = [line(0), line(50)];
    const items = [...anchors, line(12), line(24), line(62)];
    const cuts = rowCuts(items, anchors, [45], 10);
    expect(cuts).toEqual([45]);
    expect(splitRows(items, cuts).map((row) => row.length)).toEqual([3, 2]);
  });

  it('should give vertically centred text above a number to that number', () => {
    // Row 1: number at 24, text from 0 to 58; row 2: number at 100, text from 76 to 134.
    const anchors = [line(24), line(100)];
    const text = [0, 12, 36, 48, 76, 88, 112, 124].map(line);
    const items = [...anchors, ...text];
    const rows = splitRows(items, rowCuts(items, anchors, [], 10));
    expect(rows.map((row) => row.map((s) => s.top).sort((a, b) => a - b))).toEqual([
      [0, 12, 24, 36, 48],
      [76, 88, 100, 112, 124],
    ]);
  });

  it('should keep top-aligned rows whole when a cell has a paragraph break', () => {
    // Row 1 starts at its number (0) and has a paragraph gap at 24–36; row 2 starts at 60.
    const anchors = [line(0), line(60)];
    const items = [...anchors, line(12), line(36), line(72)];
    const rows = splitRows(items, rowCuts(items, anchors, [], 10));
    expect(rows.map((row) => row.length)).toEqual([3, 2]);
  });

  it('should separate text carried over from the page before', () => {
    const anchors = [line(40)];
    const items = [line(0), line(12), ...anchors, line(52)];
    const rows = splitRows(items, rowCuts(items, anchors, [], 10));
    expect(rows.map((row) => row.length)).toEqual([2, 2]);
  });
});
