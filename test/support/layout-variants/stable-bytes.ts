import { createHash } from 'node:crypto';
import { FIXED_TIME } from '@ingest/synthetic';

/**
 * PDF writers stamp the time of printing and a time-based file ID. A fixed stamp, and an ID
 * made from the rest of the file, each of the same length, keep every byte offset valid and
 * make the same layout give the same file.
 */
export function stablePdf(pdf: Buffer): Buffer {
  const dated = pdf
    .toString('latin1')
    .replace(
      /(\/(?:CreationDate|ModDate)\s*\(D:)(\d+)/g,
      (_, head: string, digits: string) =>
        head + '20250101000000'.slice(0, digits.length).padEnd(digits.length, '0'),
    )
    .replace(
      /(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)/g,
      (_, head: string, stamp: string) =>
        head + FIXED_TIME.padEnd(stamp.length).slice(0, stamp.length),
    );
  // LibreOffice also writes a checksum that changes with the ID.
  const ids = /(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>/;
  const checksum = /(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/;
  const digest = createHash('sha256')
    .update(dated.replace(ids, '').replace(checksum, ''))
    .digest('hex')
    .toUpperCase();
  const fixed = dated
    .replace(
      ids,
      (_, open: string, first: string, middle: string, second: string) =>
        `${open}${digest.slice(0, first.length)}${middle}${digest.slice(0, second.length)}>`,
    )
    .replace(checksum, (_, head: string, sum: string) => head + digest.slice(-sum.length));
  return Buffer.from(fixed, 'latin1');
}
