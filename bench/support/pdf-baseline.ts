/* The floor to compare ingestion with: bare pdf.js text extraction (getTextContent on every
   page) of the same PDFs, in this process, timed by its own CPU time so that other work on
   a shared machine does not count against it. */

export interface BaselineFigures {
  documents: number;
  pages: number;
  /** Documents pdf.js refused (the broken ones). */
  refused: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** Pages per CPU second: pages per second on one core. */
  pagesPerCoreSecond: number;
  /** Page count of each document read, by its index in the input. */
  pageCounts: Map<number, number>;
}

/** Reads every page's text of each document with pdf.js and nothing else. */
export async function pdfjsBaseline(documents: readonly Uint8Array[]): Promise<BaselineFigures> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pageCounts = new Map<number, number>();
  let refused = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [i, bytes] of documents.entries()) {
    // pdf.js takes over the buffer it is given: a copy leaves the caller's bytes intact.
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      verbosity: 0,
    });
    try {
      const pdf = await task.promise;
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
      pageCounts.set(i, pdf.numPages);
    } catch {
      refused++;
    } finally {
      await task.destroy();
    }
  }
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const pages = [...pageCounts.values()].reduce((a, b) => a + b, 0);
  return {
    documents: documents.length,
    pages,
    refused,
    cpuSeconds,
    wallSeconds: (performance.now() - started) / 1000,
    pagesPerCoreSecond: pages / cpuSeconds,
    pageCounts,
  };
}
