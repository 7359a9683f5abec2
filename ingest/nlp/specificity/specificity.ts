import { MONTH_PATTERN } from '@ingest/core';
import { citedDocuments } from '../references/cited-documents';

/** Counts of the concrete details a text gives, in the spirit of Hope, Hu & Lu (2016). */
export interface SpecificityParts {
  dates: number;
  figures: number;
  sectionReferences: number;
  namedSystems: number;
  roles: number;
  committees: number;
  documents: number;
  frequencies: number;
}

export interface Specificity {
  /** Words that carry a concrete detail ÷ all words, 0–1. */
  score: number;
  words: number;
  parts: SpecificityParts;
  /** The details other than document names and section numbers, as written. */
  details: string[];
}

const MONTH = MONTH_PATTERN;
const PATTERNS: Record<keyof SpecificityParts, RegExp> = {
  dates: new RegExp(
    `\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}\\b|\\b${MONTH}\\s+(?:['‘’]\\d{2}|\\d{4})\\b|\\b20\\d{2}\\s*[/-]\\s*\\d{2,4}\\b|\\bQ[1-4]\\b|\\b(?:19|20)\\d{2}\\b`,
    'gi',
  ),
  // A headcount in words ("four officers") is a figure as much as "4 officers" is.
  figures:
    /£\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s?%|\b\d+(?:,\d{3})*(?:\.\d+)?\b(?!\s*(?:\/|-)\s*\d)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:(?:full[- ]time|part[- ]time|dedicated|trained|specialist)\s+)?(?:officers|staff|people|advisers|advisors|handlers|caseworkers|colleagues|investigators|managers|members)\b/gi,
  sectionReferences:
    /\b(?:sections?|s\.?|paragraphs?|para|clauses?|appendix)\s*\d+(?:\.\d+)*\b|\(\s*\d+(?:\.\d+)+(?:\s*[,–-]\s*\d+(?:\.\d+)*)*\s*\)/gi,
  namedSystems:
    /\b(?:Dynamics|Power\s?BI|SharePoint|Orchard|Civica|Capita|Salesforce|Excel|database|register|dashboard|case management system|(?!(?:HOS|CHC|RAG|UK|NA|OR|AND|THE|TBC)\b)[A-Z]{2,6}s?)\b/g,
  roles:
    /\b(?:(?:Head|Director|Manager|Officer|Lead|Assistant|Caseworker|Advisor|Adviser|Coordinator|Champion|Chair|Chief Executive|CEO|MRC|Member Responsible for Complaints|Portfolio Holder|Team Leader|Executive Director)(?:\s+of\s+[A-Z][\w&]*(?:\s+[A-Z&][\w&]*)*)?)\b/g,
  committees:
    /\b(?:Board|Committee|Cttee|Panel|Forum|Executive Team|Leadership Team|SLT|ELT|Scrutiny Group|Council meeting|Cabinet|Tenants?['’]? (?:Panel|Forum|Group|Committee))\b/g,
  documents: /$^/g,
  frequencies:
    /\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|annual|bi-annual(?:ly)?|biannual(?:ly)?|six[- ]monthly|6[- ]?monthly|yearly|every\s+\w+\s+(?:days?|weeks?|months?)|\d+\s*x\s*times?\s+(?:per|a)\s+year)\b/gi,
};

const DETAIL_PARTS = new Set<keyof SpecificityParts>([
  'dates',
  'figures',
  'namedSystems',
  'roles',
  'committees',
  'frequencies',
]);

function find(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** How concrete a text is: dates, figures, references, systems, roles, bodies, documents, frequencies. */
export function measureSpecificity(text: string): Specificity {
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
  const parts = {} as SpecificityParts;
  const details: string[] = [];
  let specificWords = 0;
  const withoutDates = text.replace(PATTERNS.dates, ' ');
  for (const key of Object.keys(PATTERNS) as (keyof SpecificityParts)[]) {
    if (key === 'documents') {
      continue;
    }
    // Figures inside dates or references are already counted there.
    const source = key === 'figures' ? withoutDates.replace(PATTERNS.sectionReferences, ' ') : text;
    const found = find(PATTERNS[key], source);
    parts[key] = found.length;
    specificWords += found.reduce((sum, m) => sum + m.split(/\s+/).length, 0);
    if (DETAIL_PARTS.has(key)) {
      details.push(...found);
    }
  }
  const documents = citedDocuments(text);
  parts.documents = documents.length;
  specificWords += documents.reduce((sum, d) => sum + d.raw.split(/\s+/).length, 0);
  return { score: words === 0 ? 0 : Math.min(1, specificWords / words), words, parts, details };
}
