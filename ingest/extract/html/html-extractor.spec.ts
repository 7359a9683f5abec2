import type { RowBlock } from '@ingest/core';
import { extractHtmlBlocks } from './html-extractor';

const rowTexts = (html: string) =>
  extractHtmlBlocks(html)
    .filter((b): b is RowBlock => b.kind === 'row')
    .map((r) => r.cells.map((c) => c.text));

describe(extractHtmlBlocks.name, () => {
  it('should keep columns aligned under a cell that spans rows', () => {
    const html =
      '<table><tr><td>2.1</td><td rowspan="2">Shared evidence</td><td>Yes</td></tr><tr><td>2.2</td><td>No</td></tr></table>';
    expect(rowTexts(html)).toEqual([
      ['2.1', 'Shared evidence', 'Yes'],
      ['2.2', '', 'No'],
    ]);
  });

  it('should keep list items as bullets and drop scripts', () => {
    const html =
      '<table><tr><td><ul><li>Policy</li><li>Leaflet</li></ul><script>x()</script></td></tr></table>';
    expect(rowTexts(html)).toEqual([['• Policy\n• Leaflet']]);
  });

  it('should note ticked boxes and cell colours', () => {
    const [row] = extractHtmlBlocks(
      '<table><tr><td><input type="checkbox" checked></td><td style="background:#00b050">G</td></tr></table>',
    ).filter((b): b is RowBlock => b.kind === 'row');
    expect(row?.cells.map((c) => [c.checked, c.fill])).toEqual([
      [true, null],
      [null, '#00b050'],
    ]);
  });

  it('should give loose paragraphs and headings as text in page order', () => {
    const blocks = extractHtmlBlocks(
      '<body><h2>Section 1</h2><div><p>Code section 1.2</p><p>Compliance: Yes<br>Evidence: Policy</p></div></body>',
    );
    expect(blocks.map((b) => (b.kind === 'text' ? [b.text, b.heading] : b.kind))).toEqual([
      ['Section 1', true],
      ['Code section 1.2', false],
      ['Compliance: Yes', false],
      ['Evidence: Policy', false],
    ]);
  });
});
