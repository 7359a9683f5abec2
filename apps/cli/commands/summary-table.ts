import type { ExtractionResult } from '@ingest/core';

function count(result: ExtractionResult, compliance: string): number {
  return result.responses.filter((r) => r.compliance === compliance).length;
}

function pad(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

/** A plain-text table, one line per document: what was found and how it was answered. */
export function summaryTable(results: readonly ExtractionResult[]): string {
  const header = `${pad('document', 34)} ${pad('format', 6)} ${pad('landlord', 26)} edition rows  yes  no part  n/a  none warnings`;
  const lines = results.map((r) =>
    [
      pad(r.source.split(/[\\/]/).pop() ?? r.source, 34),
      pad(r.format, 6),
      pad(r.landlord ?? '—', 26),
      pad(r.codeVersion ?? '—', 7),
      String(r.responses.length).padStart(4),
      String(count(r, 'yes')).padStart(4),
      String(count(r, 'no')).padStart(3),
      String(count(r, 'partial')).padStart(4),
      String(count(r, 'not_applicable')).padStart(4),
      String(count(r, 'not_stated')).padStart(5),
      String(r.warnings.length).padStart(8),
    ].join(' '),
  );
  return [header, ...lines].join('\n');
}

/** Every response of one document, one line each, for reading in a terminal. */
export function responseTable(result: ExtractionResult): string {
  const lines = result.responses.map(
    (r) =>
      `${pad(r.provision, 6)} ${pad(r.compliance, 14)} ${pad(r.evidence.replace(/\s+/g, ' ') || '—', 60)} ${pad(r.commentary.replace(/\s+/g, ' ') || '—', 60)}`,
  );
  return [
    `${result.source}: ${result.landlord ?? 'landlord unknown'}, ${result.codeVersion ?? 'edition unknown'} Code`,
    ...lines,
  ].join('\n');
}
