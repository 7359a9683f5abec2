import path from 'node:path';

const ABSOLUTE = /^([\\/]|[A-Za-z]:[\\/])/;

/**
 * A document's provenance as it is stored and exported: URLs and `file:` / `upload:` names
 * as given, and a local absolute path cut to `file:<base name>`, since a path on the
 * machine that ingested it means nothing anywhere else (and says who ran it where).
 */
export function lastingSource(source: string): string {
  return ABSOLUTE.test(source) ? `file:${source.split(/[\\/]/).pop() ?? ''}` : source;
}

/** A local file as `file:` and its path from the folder ingested, with `/` separators. */
export function localFileSource(file: string, root: string): string {
  const relative = path.relative(root, file) || path.basename(file);
  return `file:${relative.split(path.sep).join('/')}`;
}
