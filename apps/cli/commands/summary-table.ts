import type { ExtractionResult } from '@ingest/core';

function count(result: ExtractionResult, compliance: string): number {
  return result.responses.filter((r) => r.compliance === compliance).length;
}

function pad(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

function confidence(result: ExtractionResult): string {
  return result.confidence
    ? `${result.confidence.level} ${result.confidence.score.toFixed(2)}`
    : '—';
}

/**
 * A plain-text table, one line per document: what was found, how it was answered and how
 * sure the reader is; then, for each document that is not read with high confidence, why.
 */
export function summaryTable(results: readonly ExtractionResult[]): string {
  const header = `${pad('document', 34)} ${pad('format', 6)} ${pad('landlord', 26)} edition rows  yes  no part  n/a  none ${pad('confidence', 11)} warnings`;
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
      pad(confidence(r), 11),
      String(r.warnings.length).padStart(8),
    ].join(' '),
  );
  const doubts = results.flatMap((r) =>
    r.confidence && r.confidence.level !== 'high'
      ? [`${r.confidence.level} confidence: ${r.source}: ${r.confidence.reasons.join('; ')}`]
      : [],
  );
  return [header, ...lines, ...doubts].join('\n');
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
