import type { SnippetPartObject } from './dto/search-hit.object';
import { MATCH_END, MATCH_START } from './evidence-search.repository';

/** Splits a headline with match markers into plain and matched parts. */
export function snippetParts(headline: string): SnippetPartObject[] {
  const parts: SnippetPartObject[] = [];
  for (const piece of headline.split(MATCH_START)) {
    const [matched, rest] = piece.includes(MATCH_END) ? piece.split(MATCH_END, 2) : [null, piece];
    if (matched) {
      parts.push({ text: matched, match: true });
    }
    if (rest) {
      parts.push({ text: rest, match: false });
    }
  }
  return parts;
}
