/* The benchmark's documents, rendered once and kept on disk between runs (under the system
   temporary folder, keyed by generator version and seed): printing thousands of PDFs takes
   far longer than ingesting them. Past the first PRINTS printed PDFs, a PDF is a copy of an
   earlier print made distinct by a trailing comment: the same work to read, but at two
   seconds a print on a busy machine, the whole sector would take more than an hour. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChromiumPrinter } from '../../../test/support/layout-variants/chromium-pdf';
import { benchSector } from '../load-sector';
import { GENERATOR_VERSION, planDocument, type PlannedDocument } from './document-plan';
import { documentName, renderBenchDocument } from './render-bench-document';

export interface BenchDocument {
  plan: PlannedDocument;
  /** The source name it is ingested under. */
  source: string;
  bytes: Buffer;
  /** The earlier document whose print this PDF copies, or null. */
  copyOf: number | null;
}

export interface BenchDocuments {
  documents: BenchDocument[];
  /** How many were rendered in this run (the rest came from the cache). */
  rendered: number;
  folder: string;
}

/** Two browsers print side by side: one waits on layout while the other writes its PDF. */
const LANES = 2;

/** Distinct PDFs printed; later PDFs reuse them in turn. */
export const PRINTS = 400;

const printed = (plan: PlannedDocument) => plan.family.startsWith('pdf');

/** For each document, the earlier one whose print it reuses, or its own index. */
function printSources(plans: readonly PlannedDocument[]): number[] {
  const prints: number[] = [];
  return plans.map((plan) => {
    if (!printed(plan)) {
      return plan.index;
    }
    prints.push(plan.index);
    return prints.length <= PRINTS ? plan.index : prints[(prints.length - 1) % PRINTS]!;
  });
}

/** `count` documents of the sector seeded `seed`, from the cache where rendered before. */
export async function benchDocuments(
  count: number,
  seed: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<BenchDocuments> {
  const folder = path.join(tmpdir(), 'chc-bench-documents', `v${GENERATOR_VERSION}-seed${seed}`);
  mkdirSync(folder, { recursive: true });
  const sector = benchSector(count);
  const plans = sector.map((_, i) => planDocument(seed, i));
  const sources = printSources(plans);
  const documents = new Array<BenchDocument>(sector.length);
  let rendered = 0;
  let done = 0;
  const lane = async (offset: number) => {
    let printer: Promise<ChromiumPrinter> | undefined;
    try {
      for (let i = offset; i < sector.length; i += LANES) {
        if (sources[i] !== i) {
          continue;
        }
        const plan = plans[i]!;
        const source = documentName(plan);
        const file = path.join(folder, path.basename(source));
        let bytes: Buffer;
        if (existsSync(file)) {
          bytes = readFileSync(file);
        } else {
          bytes = await renderBenchDocument(
            plan,
            sector[i]!,
            () => (printer ??= ChromiumPrinter.open()),
          );
          // Written whole or not at all, so an interrupted run never leaves half a file cached.
          writeFileSync(`${file}.part`, bytes);
          renameSync(`${file}.part`, file);
          rendered++;
        }
        documents[i] = { plan, source, bytes, copyOf: null };
        onProgress(++done);
      }
    } finally {
      await (await printer)?.close();
    }
  };
  await Promise.all(Array.from({ length: LANES }, (_, k) => lane(k)));
  for (const [i, from] of sources.entries()) {
    if (from !== i) {
      const bytes = Buffer.concat([documents[from]!.bytes, Buffer.from(`%copy ${i}\n`)]);
      documents[i] = { plan: plans[i]!, source: documentName(plans[i]!), bytes, copyOf: from };
      onProgress(++done);
    }
  }
  return { documents, rendered, folder };
}
