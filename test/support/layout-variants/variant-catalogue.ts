import { SeededRandom } from '@ingest/synthetic';
import {
  ANSWER_WORDS,
  FONTS,
  PAGE_BREAKS,
  SECTIONINGS,
  VERTICAL_ALIGNS,
  type Layout,
  type Renderer,
} from './layout-axes';
import { WORDINGS } from './label-wordings';
import { goldContents, syntheticContents, type LayoutContent } from './layout-content';
import { VARIANT_FOCUS } from './variant-focus';

/** One document to generate: a layout of an assessment through one renderer. */
export interface LayoutVariant {
  /** Unique across the catalogue; also the file's base name. */
  name: string;
  renderer: Renderer;
  layout: Layout;
  content: LayoutContent;
  /** Seeds the choices made row by row (which opening an answer takes). */
  seed: number;
}

export interface CatalogueOptions {
  seed: number;
  /** ../shared/corpus/gold where present: adds the variants of the development assessments. */
  goldDir?: string;
  /** Whether LibreOffice can be run: its variants are left out otherwise. */
  libreOffice: boolean;
}

const SHORT: Record<Renderer, string> = {
  html: 'html',
  'chromium-pdf': 'pdf',
  docx: 'docx',
  'libreoffice-pdf': 'lopdf',
};

/**
 * The axes a focus leaves open are drawn from the seed: the cosmetic ones (fonts, sizes,
 * alignment, wording, sectioning, page breaks) vary freely, while the structural ones keep
 * the conventional form, so a variant that fails points at the axis it was made for.
 */
export function fillLayout(random: SeededRandom, focus: Partial<Layout>): Layout {
  return {
    structure: 'table',
    borders: 'grid',
    columns: 'answer-after-requirement',
    answerStyle: 'own-cell',
    verticalAlign: random.pick(VERTICAL_ALIGNS),
    answerWords: random.pick(ANSWER_WORDS),
    wording: random.int(0, WORDINGS.length - 1),
    font: random.pick(FONTS),
    fontSizePt: random.int(8, 12),
    orientation: random.chance(0.2) ? 'landscape' : 'portrait',
    pageBreaks: random.pick(PAGE_BREAKS),
    sectioning: random.pick(SECTIONINGS),
    withRequirement: random.chance(0.6),
    ...focus,
  };
}

/** Every variant for the options, in a fixed order: the same options, the same catalogue. */
export function layoutVariants(options: CatalogueOptions): LayoutVariant[] {
  const random = new SeededRandom(options.seed);
  const synthetic = syntheticContents(options.seed, VARIANT_FOCUS.length);
  const gold = goldContents(options.goldDir);
  const variants: LayoutVariant[] = [];
  VARIANT_FOCUS.forEach(([renderer, label, focus, source], i) => {
    // Draw before filtering, so leaving some out never changes the others.
    const layout = fillLayout(random, focus);
    const content = source === 'gold' ? gold[i % Math.max(gold.length, 1)] : synthetic[i];
    if (!content || (renderer === 'libreoffice-pdf' && !options.libreOffice)) {
      return;
    }
    const number = String(i + 1).padStart(2, '0');
    variants.push({
      name: `${number}-${SHORT[renderer]}-${source === 'gold' ? 'gold-' : ''}${label}`,
      renderer,
      layout,
      content,
      seed: options.seed * 1000 + i,
    });
  });
  return variants;
}

/** The file extension each renderer writes. */
export function extensionOf(renderer: Renderer): string {
  return renderer === 'html' ? 'html' : renderer === 'docx' ? 'docx' : 'pdf';
}

/** The output folder each renderer's documents go to. */
export function folderOf(renderer: Renderer): string {
  return SHORT[renderer];
}
