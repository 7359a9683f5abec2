/**
 * PDF writers stamp the time of printing; a fixed stamp of the same length keeps every
 * byte offset valid and makes the same layout give the same file.
 */
export function fixPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text
    .replace(
      /(\/(?:CreationDate|ModDate)\s*\(D:)(\d+)/g,
      (_, head: string, digits: string) =>
        head + '20250101000000'.slice(0, digits.length).padEnd(digits.length, '0'),
    )
    .replace(
      /(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)/g,
      (_, head: string, stamp: string) =>
        head + '2025-01-01T00:00:00Z'.padEnd(stamp.length, ' ').slice(0, stamp.length),
    );
  return Buffer.from(fixed, 'latin1');
}
