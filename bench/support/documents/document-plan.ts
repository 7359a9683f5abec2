/* What each benchmark document is: its layout family, its layout, the pages it aims at and
   its pictures, drawn from a seed per document so that a smaller run is a prefix of a larger
   one and reuses its cached files. */
import { SeededRandom } from '@ingest/synthetic';
import type { Layout } from '../../../test/support/layout-variants/layout-axes';
import { fillLayout } from '../../../test/support/layout-variants/variant-catalogue';
import corpus from './corpus-pdfs.json';

/** Bump whenever a change makes different bytes: it keys the on-disk cache. */
export const GENERATOR_VERSION = 1;

/** Every layout family the extractor reads, and documents it must refuse. */
export const FAMILIES = [
  'pdf-grid',
  'pdf-no-vertical-rules',
  'pdf-answer-first',
  'pdf-prose',
  'docx',
  'docx-prose',
  'html',
  'html-prose',
  'text',
  'broken',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Shares of the sector: most landlords publish a PDF, a few a page or a Word file. */
const SHARES: Record<Family, number> = {
  'pdf-grid': 0.3,
  'pdf-no-vertical-rules': 0.17,
  'pdf-answer-first': 0.08,
  'pdf-prose': 0.1,
  docx: 0.09,
  'docx-prose': 0.02,
  html: 0.07,
  'html-prose': 0.02,
  text: 0.1,
  broken: 0.05,
};

export const BROKEN_KINDS = [
  'truncated PDF',
  'encrypted PDF',
  'not a PDF',
  'PDF header only',
  'truncated Word file',
] as const;
export type BrokenKind = (typeof BROKEN_KINDS)[number];

export interface PlannedDocument {
  index: number;
  family: Family;
  layout: Layout;
  /** Pages the text is sized for (PDFs print about this many). */
  targetPages: number;
  /** A raster logo printed on every page. */
  logo: boolean;
  /** A scanned, signed sign-off page at the end. */
  signaturePage: boolean;
  broken: BrokenKind | null;
}

const FOCUS: Record<Family, Partial<Layout>> = {
  'pdf-grid': { borders: 'grid' },
  'pdf-no-vertical-rules': {},
  'pdf-answer-first': { columns: 'answer-first', borders: 'grid' },
  'pdf-prose': {},
  docx: {},
  'docx-prose': {},
  html: {},
  'html-prose': {},
  text: {},
  broken: { borders: 'grid' },
};

function pick(random: SeededRandom): Family {
  let roll = random.next();
  for (const family of FAMILIES) {
    roll -= SHARES[family];
    if (roll < 0) {
      return family;
    }
  }
  return 'pdf-grid';
}

/** The corpus page counts, clamped to the 12–20 pages published self-assessments run to. */
const PAGES = corpus.documents.map((d) => Math.min(20, Math.max(12, d.pages)));

/** The plan of document `index` in the run seeded `seed`. */
export function planDocument(seed: number, index: number): PlannedDocument {
  const random = new SeededRandom(seed * 1_000_003 + index);
  const family = pick(random);
  const prose = family.endsWith('-prose');
  const layout = fillLayout(random, {
    ...FOCUS[family],
    ...(family === 'pdf-no-vertical-rules'
      ? { borders: random.pick(['none', 'horizontal-rules', 'zebra'] as const) }
      : {}),
    ...(prose ? { structure: random.pick(['paragraphs', 'headings'] as const) } : {}),
    // Sized from 9 to 11 pt, as the corpus prints; 8 pt makes few, 12 pt very long pages.
    fontSizePt: random.int(9, 11),
  });
  const pdf = family.startsWith('pdf') || family === 'broken';
  return {
    index,
    family,
    layout,
    targetPages: random.pick(PAGES),
    logo: pdf && random.chance(0.4),
    signaturePage: pdf && random.chance(0.25),
    broken: family === 'broken' ? random.pick(BROKEN_KINDS) : null,
  };
}

/** The corpus figures the benchmark prints its own beside. */
export function corpusSummary(): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const pages = corpus.documents.map((d) => d.pages);
  const kib = corpus.documents.map((d) => d.bytes / 1024);
  return `corpus PDFs (${corpus.documents.length}): ${Math.min(...pages)}–${Math.max(...pages)} pages (median ${median(pages)}), ${Math.min(...kib).toFixed(0)}–${Math.max(...kib).toFixed(0)} KiB (median ${median(kib).toFixed(0)}), ${Math.min(...corpus.documents.map((d) => d.embeddedFonts))}–${Math.max(...corpus.documents.map((d) => d.embeddedFonts))} embedded fonts, ${Math.max(...corpus.documents.map((d) => d.images))} images`;
}
