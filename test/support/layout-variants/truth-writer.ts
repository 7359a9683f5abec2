import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Layout, Renderer } from './layout-axes';
import type { PrintedRow, TruthResponse } from './printed-rows';
import { extensionOf, folderOf, type LayoutVariant } from './variant-catalogue';

/** A variant's truth in the shape of ../shared/corpus/gold, so score.mjs reads it as it is. */
export interface TruthFile {
  document: string;
  landlord: string;
  codeVersion: string;
  assessmentDate: string | null;
  period: null;
  origin: string;
  layout: Layout & { renderer: Renderer };
  responses: TruthResponse[];
}

export function fileNameOf(variant: LayoutVariant): string {
  return `${variant.name}.${extensionOf(variant.renderer)}`;
}

export function truthOf(variant: LayoutVariant, rows: readonly PrintedRow[]): TruthFile {
  return {
    document: fileNameOf(variant),
    landlord: variant.content.landlord,
    codeVersion: variant.content.codeVersion,
    assessmentDate: variant.content.assessmentDate,
    period: null,
    origin: variant.content.origin,
    layout: { renderer: variant.renderer, ...variant.layout },
    responses: rows.map((row) => row.truth),
  };
}

/**
 * Writes each document to <out>/<renderer folder>/ and its truth twice: <out>/truth/ for
 * scoring everything at once and <out>/truth/<renderer folder>/ for one folder at a time.
 */
export function writeVariantFiles(
  out: string,
  files: ReadonlyArray<{ variant: LayoutVariant; bytes: Buffer; truth: TruthFile }>,
): void {
  for (const { variant, bytes, truth } of files) {
    const folder = folderOf(variant.renderer);
    const json = `${JSON.stringify(truth, null, 1)}\n`;
    for (const dir of [path.join(out, folder), path.join(out, 'truth', folder)]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(path.join(out, folder, fileNameOf(variant)), bytes);
    writeFileSync(path.join(out, 'truth', `${variant.name}.json`), json);
    writeFileSync(path.join(out, 'truth', folder, `${variant.name}.json`), json);
  }
}
