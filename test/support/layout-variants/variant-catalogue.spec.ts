import {
  BORDERS,
  COLUMN_SETS,
  ORIENTATIONS,
  PAGE_BREAKS,
  SECTIONINGS,
  STRUCTURES,
  VERTICAL_ALIGNS,
  type Layout,
} from './layout-axes';
import { writeHtml } from './html-writer';
import { escapeHtml } from './html-table';
import { printedRows } from './printed-rows';
import { layoutVariants, type LayoutVariant } from './variant-catalogue';

const catalogue = (seed: number, libreOffice = true) =>
  layoutVariants({ seed, goldDir: undefined, libreOffice });
const htmlOf = (v: LayoutVariant) =>
  writeHtml(v.content, v.layout, printedRows(v.content, v.layout, v.seed));

describe(layoutVariants.name, () => {
  it('should give the same variants and pages for the same seed, and others for another', () => {
    const first = catalogue(11);
    const again = catalogue(11);
    expect(again.map((v) => [v.name, v.layout])).toEqual(first.map((v) => [v.name, v.layout]));
    expect(again.map(htmlOf)).toEqual(first.map(htmlOf));
    expect(catalogue(12).map((v) => v.layout)).not.toEqual(first.map((v) => v.layout));
  });

  it('should keep the other variants as they are when LibreOffice is absent', () => {
    const without = catalogue(11, false);
    expect(without.every((v) => v.renderer !== 'libreoffice-pdf')).toBe(true);
    const byName = new Map(catalogue(11).map((v) => [v.name, v.layout]));
    for (const v of without) {
      expect(v.layout).toEqual(byName.get(v.name));
    }
  });

  it('should cover every value of every axis in at least 40 variants without the shared corpus', () => {
    const variants = catalogue(11, false);
    expect(variants.length).toBeGreaterThanOrEqual(40);
    const seen = (axis: keyof Layout) => new Set(variants.map((v) => v.layout[axis]));
    expect(seen('borders')).toEqual(new Set(BORDERS));
    expect(seen('verticalAlign')).toEqual(new Set(VERTICAL_ALIGNS));
    expect(seen('columns')).toEqual(new Set(Object.keys(COLUMN_SETS)));
    expect(seen('structure')).toEqual(new Set(STRUCTURES));
    expect(seen('orientation')).toEqual(new Set(ORIENTATIONS));
    expect(seen('pageBreaks')).toEqual(new Set(PAGE_BREAKS));
    expect(seen('sectioning')).toEqual(new Set(SECTIONINGS));
    expect(seen('answerStyle')).toEqual(new Set(['own-cell', 'opens-text']));
  });

  it('should print every truth text in the page, with an opening answer kept out of the truth', () => {
    for (const variant of catalogue(11).filter((v) => v.renderer === 'html')) {
      const rows = printedRows(variant.content, variant.layout, variant.seed);
      const html = htmlOf(variant);
      expect(rows.map((r) => r.truth.provision)).toEqual(
        variant.content.rows.map((r) => r.provision),
      );
      for (const row of rows) {
        for (const text of [row.truth.evidence, row.truth.commentary].filter(Boolean)) {
          expect(html).toContain(escapeHtml(text));
        }
        if (variant.layout.answerStyle === 'opens-text' && row.truth.compliance === 'yes') {
          expect(`${row.evidence} ${row.commentary}`).toMatch(
            /(^|\s)(Yes|Compliant: Yes|Fully compliant)\b/,
          );
          expect(`${row.truth.evidence} ${row.truth.commentary}`).not.toMatch(
            /\b(Yes|compliant)\b/i,
          );
        }
      }
    }
  });
});
