import type { Compliance, Rag } from '@ingest/core';

const NOT_APPLICABLE = /^(n\s*\/\s*a|n\.a\.?|na|not applicable|not relevant)\b/i;
const PARTIAL = /^(partial|partly|part(ially)?\b|in part|amber|mostly|some)/i;
const NO =
  /^(no\b|n$|non[- ]?complian|not (yet )?(compliant|met|achieved|in place)|not fully|x$|✗|✘|red$|fail)/i;
const YES =
  /^(y$|ye$|yes|yea|compliant|complies|comply|fully|met\b|achieved|in place|✓|✔|☑|☒|green$|true$)/i;

/**
 * Normalises an answer cell to one of the five compliance values. A blank answer is
 * 'not_stated' unless the evidence says the provision does not apply.
 */
export function normaliseCompliance(rawAnswer: string, evidence = ''): Compliance {
  const answer = rawAnswer.replace(/^[\s•\-–*]+/, '').trim();
  if (!answer) {
    return NOT_APPLICABLE.test(evidence.trim()) && evidence.trim().length < 40
      ? 'not_applicable'
      : 'not_stated';
  }
  if (NOT_APPLICABLE.test(answer)) {
    return 'not_applicable';
  }
  if (PARTIAL.test(answer)) {
    return 'partial';
  }
  if (NO.test(answer)) {
    return 'no';
  }
  if (YES.test(answer)) {
    return 'yes';
  }
  return 'not_stated';
}

const RAG_WORDS: ReadonlyArray<readonly [Rag, RegExp]> = [
  ['green', /^(g|green)\b/i],
  ['amber', /^(a|amber|orange|yellow)\b/i],
  ['red', /^(r|red)\b/i],
];

function hue(hex: string): { hue: number; saturation: number; lightness: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) {
    return { hue: 0, saturation: 0, lightness };
  }
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  let h = max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  h *= 60;
  return { hue: h < 0 ? h + 360 : h, saturation, lightness };
}

/** Reads a RAG rating from a cell's words or, failing that, its background colour. */
export function readRag(text: string, fill: string | null): Rag | null {
  const word = text.trim();
  for (const [rag, pattern] of RAG_WORDS) {
    if (pattern.test(word)) {
      return rag;
    }
  }
  if (!fill) {
    return null;
  }
  const { hue: h, saturation, lightness } = hue(fill);
  if (saturation < 0.25 || lightness > 0.93 || lightness < 0.08) {
    return null;
  }
  if (h < 20 || h >= 330) {
    return 'red';
  }
  if (h < 65) {
    return 'amber';
  }
  if (h < 170) {
    return 'green';
  }
  return null;
}
