/** A document a response cites, normalised so the sector's policies can be counted. */
export interface CitedDocument {
  name: string;
  /** Section, clause or paragraph numbers cited, as written ("3.1", "4", "11"). */
  sections: string[];
  /** The words as they stand in the text. */
  raw: string;
}

const DOCUMENT_WORD =
  'Polic(?:y|ies)|Procedures?|Strateg(?:y|ies)|Plans?|Reports?|Registers?|Framework|Handbook|Guidance|Charter|Statements?|Terms of Reference|Templates?|Letters?|Notes|Minutes|Scheme|Protocol|Leaflets?|Forms?|Process|Logs?|Materials|Training|Toolkit|Manual|Guide|Agreement|Description|JD|Appendix [A-Z]|Audit|Review|Action Plan|Dashboard|Website|Webpage';
const WORD =
  "[A-Z][\\w&'’/-]*|&|and|of|for|the|on|to|in|with|staff|training|case|complaint|complaints|customer";
/** "Policy" or "policy": document words are often written in lower case mid-name. */
const EITHER_CASE = DOCUMENT_WORD.replace(/\b([A-Z])(?=[a-z])/g, (c) => `[${c}${c.toLowerCase()}]`);
const NAME = new RegExp(
  `\\b((?:${WORD})(?:(?:,?[ \\t]+)(?:${WORD})){0,7}[ \\t]+(?:${EITHER_CASE}))\\b`,
  'g',
);
const SECTION_AFTER =
  /^\s*(?:\d{4}(?:[-–/]\d{2,4})?\s*)?(?:version\s*[\d.]+\s*)?(?:[-–,]\s*)?(?:\(([^)]{1,80})\)|(?:sections?|s\.?|para(?:graph)?s?|clause)\s*([\d.]+(?:\s*(?:,|and|&|-|–)\s*[\d.]+)*))/i;
const NUMBER = /\d+(?:\.\d+)*/g;
const LEADING =
  /^(?:the|our|updated|current|new|revised|latest|draft|a|an|in|and|of|for|to|with|on)\s+/i;

function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) =>
      /^[A-Z0-9&]+$/.test(w) && w.length > 1
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ')
    .replace(/\b(And|Of|For|The|On|To|In|With)\b/g, (w) => w.toLowerCase());
}

function sectionsIn(text: string): string[] {
  return [...text.matchAll(NUMBER)]
    .map((m) => m[0].replace(/\.0$/, ''))
    .filter((n) => !/^(19|20)\d\d$/.test(n));
}

/**
 * Finds the documents a text cites and the sections it points to:
 * "Complaints Policy (3.1, 3.4, Section 4)" → Complaints Policy; 3.1, 3.4, 4.
 */
export function citedDocuments(text: string): CitedDocument[] {
  const found = new Map<string, CitedDocument>();
  for (const match of text.matchAll(NAME)) {
    let raw = match[1]!;
    while (LEADING.test(raw)) {
      raw = raw.replace(LEADING, '');
    }
    if (!/[A-Z]/.test(raw.charAt(0)) || raw.split(/\s+/).length < 2) {
      continue;
    }
    const after = text.slice(
      (match.index ?? 0) + match[0].length,
      (match.index ?? 0) + match[0].length + 90,
    );
    const section = SECTION_AFTER.exec(after);
    const sections = section ? sectionsIn(section[1] ?? section[2] ?? '') : [];
    const name = titleCase(raw);
    const key = name.toLowerCase();
    const existing = found.get(key);
    if (existing) {
      existing.sections = [...new Set([...existing.sections, ...sections])];
    } else {
      found.set(key, { name, sections, raw: match[1]! });
    }
  }
  return [...found.values()];
}
