import { MONTH_PATTERN } from '@ingest/core';
import { citedDocuments } from './cited-documents';

const MONTH = MONTH_PATTERN;
// What may follow a document's name and still be part of the pointer: its year, version,
// review date and the sections cited.
const POINTER_TAIL = new RegExp(
  `^(?:\\s|[-–—,:;]|\\((?:[^()]{0,80})\\)|\\b(?:version|v)\\s*[\\d.]+|\\b(?:reviewed|approved|updated|dated|revised|published)(?:\\s+(?:&|and)\\s+(?:reviewed|approved))?\\b|\\b(?:in\\s+)?${MONTH}\\b\\.?|\\b(?:19|20)\\d{2}(?:\\s*[-–/]\\s*\\d{2,4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\b(?=\\s+${MONTH})|['‘’]\\d{2}\\b|\\b(?:sections?|s|paras?|paragraphs?|clauses?|pages?|appendix)\\s*[\\d.]+(?:\\s*(?:,|and|&|-|–)\\s*[\\d.]+)*|\\bs\\d+\\b|\\bof the policy\\b|\\b[\\d.]+\\b)+`,
  'i',
);
const URL =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:co\.uk|org\.uk|gov\.uk|com|org)(?:\/\S*)?/gi;
const DATE = `(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+(?:\\d{4}|['‘’]\\d{2}))`;
// Document housekeeping ("up to date and due for review 19/06/2027") is not evidence.
const HOUSEKEEPING = new RegExp(
  `\\b(?:is\\s+)?(?:up to date(?:\\s+and)?\\s+)?(?:(?:next\\s+)?due for review|(?:last\\s+)?reviewed|approved|updated)(?:\\s+(?:&|and)\\s+(?:reviewed|approved))?(?:\\s+(?:on|in|by))?\\s*:?\\s*${DATE}`,
  'gi',
);
const PROVISION_REFERENCE =
  /\b(?:as|see|per|for|in|to)\s+(?:(?:for|per|in|the commentary for|the evidence for)\s+)?\d\.\d{1,2}\b(?:\s+(?:of|in|for) this self[- ]assessment)?/gi;
const LOOSE_POINTER =
  /\b(?:sections?|paragraphs?|para|clauses?|appendix)\s+[\d.]+[a-z]?\b|\bs\d+\b|\bas (?:for|per) \d+\.\d+(?: of this self[- ]assessment)?|\b(?:see|refer to)\s+\d+\.\d+/gi;

/**
 * The text with its pointers taken out: cited document names with their years, versions,
 * review dates and section numbers, cross-references ("As for 5.6"), and web addresses.
 * What is left is what the text says of its own.
 */
export function stripReferences(text: string): string {
  let out = text.replace(URL, ' ');
  for (const doc of citedDocuments(out)) {
    let at = out.indexOf(doc.raw);
    while (at >= 0) {
      const tail = POINTER_TAIL.exec(out.slice(at + doc.raw.length));
      out = `${out.slice(0, at)} ${out.slice(at + doc.raw.length + (tail?.[0].length ?? 0))}`;
      at = out.indexOf(doc.raw);
    }
  }
  return out
    .replace(HOUSEKEEPING, ' ')
    .replace(PROVISION_REFERENCE, ' ')
    .replace(LOOSE_POINTER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
