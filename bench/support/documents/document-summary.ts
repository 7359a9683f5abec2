/* What the benchmark's documents are, in the terms the corpus was measured in. */
import { FAMILIES } from './document-plan';
import type { BenchDocument } from './bench-documents';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const range = (values: number[], digits = 0) =>
  values.length === 0
    ? 'none'
    : `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)} (median ${median(values).toFixed(digits)})`;

/** Embedded font programs and image objects, counted in the file (pdf.js need not load it). */
const count = (pdf: Buffer, pattern: RegExp) => pdf.toString('latin1').match(pattern)?.length ?? 0;

/** One paragraph: documents by family, and the PDFs' pages, sizes, fonts and images. */
export function documentSummary(
  documents: readonly BenchDocument[],
  pages: readonly number[],
): string {
  const families = FAMILIES.map(
    (f) => `${f} ${documents.filter((d) => d.plan.family === f).length}`,
  ).join(', ');
  const read = documents.flatMap((d, i) => (pages[i]! > 0 ? [i] : []));
  const pdfs = read.map((i) => documents[i]!.bytes);
  return [
    `documents by family: ${families}`,
    `read PDFs (${read.length}, ${pages.reduce((a, b) => a + b, 0)} pages): ${range(read.map((i) => pages[i]!))} pages, ` +
      `${range(pdfs.map((b) => b.length / 1024))} KiB, ${range(pdfs.map((b) => count(b, /\/FontFile[23]?\b/g)))} embedded fonts, ` +
      `${range(pdfs.map((b) => count(b, /\/Subtype\s*\/Image/g)))} images; ${pdfs.filter((b) => count(b, /\/Subtype\s*\/Image/g) > 0).length} with images`,
  ].join('\n');
}
