import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The smallest PDF pdf.js reads: one empty page, its cross-reference table rebuilt. */
const ONE_PAGE_PDF =
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
  '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
  '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n' +
  'trailer <</Root 1 0 R>>\n%%EOF\n';

/**
 * Whether Array.prototype.push is still the native one after loading `module` and reading a
 * PDF with it, in a process of its own as a reader thread does (jest's module system would
 * hide what pdf.js does to the built-ins). Compared by identity: core-js makes its
 * replacements print as native code.
 */
const keepsNativePush = (module: string) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const push = Array.prototype.push;
       const { getDocument } = await import(${JSON.stringify(module)});
       const task = getDocument({ data: new TextEncoder().encode(${JSON.stringify(ONE_PAGE_PDF)}), verbosity: 0 });
       const pages = (await task.promise).numPages;
       await task.destroy();
       process.stdout.write(JSON.stringify({ pages, native: Array.prototype.push === push }));`,
    ],
    { encoding: 'utf8' },
  );

describe('pdf.js as the reader loads it', () => {
  it("leaves the thread's native Array.prototype.push in place, after reading a PDF too", () => {
    expect(JSON.parse(keepsNativePush(path.join(__dirname, 'pdfjs.mjs')))).toEqual({
      pages: 1,
      native: true,
    });
  });

  it('is needed: the legacy build on its own replaces it', () => {
    const legacy = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    expect(JSON.parse(keepsNativePush(legacy))).toEqual({ pages: 1, native: false });
  });
});
