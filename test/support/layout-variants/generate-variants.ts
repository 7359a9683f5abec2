import { ChromiumPrinter } from './chromium-pdf';
import { writeDocx } from './docx-writer';
import { writeHtml } from './html-writer';
import { libreOfficePdfs } from './libreoffice-pdf';
import { printedRows } from './printed-rows';
import { fileNameOf, truthOf, type TruthFile } from './truth-writer';
import type { LayoutVariant } from './variant-catalogue';

/** A variant's document and its truth. */
export interface GeneratedVariant {
  variant: LayoutVariant;
  fileName: string;
  bytes: Buffer;
  truth: TruthFile;
}

async function printAll(pages: ReadonlyMap<string, string>): Promise<Map<string, Buffer>> {
  const pdfs = new Map<string, Buffer>();
  if (pages.size === 0) {
    return pdfs;
  }
  const printer = await ChromiumPrinter.open();
  try {
    for (const [name, html] of pages) {
      pdfs.set(name, await printer.print(html));
    }
  } finally {
    await printer.close();
  }
  return pdfs;
}

/**
 * Renders every variant: web pages written directly, Chromium printing them in one browser,
 * Word files from the docx package, and LibreOffice exporting those in one run alongside
 * Chromium. `soffice` must be given when the catalogue holds LibreOffice variants.
 */
export async function generateVariants(
  variants: readonly LayoutVariant[],
  soffice?: string,
): Promise<GeneratedVariant[]> {
  const truths = new Map<string, TruthFile>();
  const html = new Map<string, string>();
  const docx = new Map<string, Buffer>();
  for (const variant of variants) {
    const rows = printedRows(variant.content, variant.layout, variant.seed);
    truths.set(variant.name, truthOf(variant, rows));
    if (variant.renderer === 'html' || variant.renderer === 'chromium-pdf') {
      html.set(variant.name, writeHtml(variant.content, variant.layout, rows));
    } else {
      docx.set(variant.name, await writeDocx(variant.content, variant.layout, rows));
    }
  }
  const toPrint = new Map(
    variants.filter((v) => v.renderer === 'chromium-pdf').map((v) => [v.name, html.get(v.name)!]),
  );
  const toExport = new Map(
    variants
      .filter((v) => v.renderer === 'libreoffice-pdf')
      .map((v) => [v.name, docx.get(v.name)!]),
  );
  if (toExport.size > 0 && !soffice) {
    throw new Error('LibreOffice variants need soffice: none was given');
  }
  const [printed, exported] = await Promise.all([
    printAll(toPrint),
    toExport.size > 0 ? libreOfficePdfs(soffice!, toExport) : new Map<string, Buffer>(),
  ]);
  return variants.map((variant) => {
    const name = variant.name;
    const bytes =
      variant.renderer === 'html'
        ? Buffer.from(html.get(name)!)
        : variant.renderer === 'chromium-pdf'
          ? printed.get(name)!
          : variant.renderer === 'docx'
            ? docx.get(name)!
            : exported.get(name)!;
    return { variant, fileName: fileNameOf(variant), bytes, truth: truths.get(name)! };
  });
}
