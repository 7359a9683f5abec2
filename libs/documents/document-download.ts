/** What a stored document is served as: its media type and a file name that is safe to give. */
export interface DocumentDownload {
  mediaType: string;
  fileName: string;
}

/** Extracted documents keep their format's name; fetched ones that failed, the served type. */
const FORMATS: Record<string, { mediaType: string; extension: string }> = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  html: { mediaType: 'text/html', extension: 'html' },
  text: { mediaType: 'text/plain', extension: 'txt' },
};

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** True for a document published on the web, which anyone may download again. */
export const isPublished = (source: string) => /^https?:\/\//i.test(source);

/**
 * How to serve a document: the media type stored for it (a format name or a served type,
 * without parameters), else bytes; named after its source, reduced to letters, digits,
 * dots, dashes and underscores, so no header can be broken by it.
 */
export function documentDownload(
  sha256: string,
  source: string,
  stored: string | null,
): DocumentDownload {
  const value = (stored ?? '').split(';')[0]!.trim().toLowerCase();
  const known = FORMATS[value] ?? Object.values(FORMATS).find((f) => f.mediaType === value);
  const mediaType =
    known?.mediaType ?? (MEDIA_TYPE.test(value) ? value : 'application/octet-stream');
  const last =
    source
      .replace(/[?#].*$/, '')
      .split(/[\\/:]/)
      .pop() ?? '';
  const base = last
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100);
  const extension =
    known?.extension ?? last.match(/\.([A-Za-z0-9]{1,5})$/)?.[1]?.toLowerCase() ?? 'bin';
  return { mediaType, fileName: `${base || sha256.slice(0, 12)}.${extension}` };
}
