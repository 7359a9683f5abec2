import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The time stamped into generated documents, so the same content gives the same bytes. */
export const FIXED_TIME = '2025-01-01T00:00:00Z';

/**
 * A Word file with fixed creation times, in its core properties and in its zip entries:
 * the docx writer stamps the time of writing in both.
 */
export function stableDocx(docx: Uint8Array): Buffer {
  const files = unzipSync(docx);
  const out: Zippable = {};
  const mtime = new Date(FIXED_TIME);
  for (const [name, bytes] of Object.entries(files)) {
    const data =
      name === 'docProps/core.xml'
        ? Buffer.from(
            Buffer.from(bytes)
              .toString('utf8')
              .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_TIME}`),
          )
        : bytes;
    out[name] = [data, { mtime }];
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
