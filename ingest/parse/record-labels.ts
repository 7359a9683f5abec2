import type { TextRole } from './row-record';

/**
 * The words landlords put before each part of an answer when they write it as labelled
 * text rather than a table ("Do we comply?", "How we evidence this", "Further commentary").
 */
const LABEL_WORDS: ReadonlyArray<readonly [TextRole, string]> = [
  [
    'answer',
    [
      '(?:are we |do we |is the landlord )?(?:compliant|compliance(?: status| level)?|comply|complied|met)',
      '(?:our )?(?:answer|response|position)',
      '(?:our )?self[- ]assessment',
      'status',
    ].join('|'),
  ],
  [
    'evidence',
    [
      '(?:our |supporting |summary of )?evidence(?: provided| held| supplied| used| of compliance)?',
      'how (?:we|the landlord) (?:comply|evidence|meet|demonstrate|achieve)(?: this| it| compliance)?',
      'where (?:this is |it is )?evidenced',
      'supporting (?:documents|information)',
      'what we do',
    ].join('|'),
  ],
  [
    'commentary',
    [
      '(?:further |additional |any )?(?:commentary|comments?|explanations?|notes?|information)',
      'commentary\\s*/\\s*explanation',
      '(?:further |planned )?actions?(?: planned| required)?',
    ].join('|'),
  ],
  ['rag', 'rag(?: rating| status)?|rating'],
  ['requirement', '(?:code )?requirement|what the code (?:says|requires)'],
];

const ANY_LABEL = LABEL_WORDS.map(([, words]) => `(?:${words})`).join('|');
/** A whole line that is a label: the words, maybe a bracketed aside, "?", ":" or a dash. */
const WHOLE = LABEL_WORDS.map(
  ([role, words]) =>
    [
      role,
      new RegExp(`^(?:${words})\\s*(?:\\([^)]*\\))?\\s*\\??\\s*(?:[:–—-]\\s*(.*))?$`, 'is'),
    ] as const,
);
/**
 * A label inside running text, at its start or after a sentence or dash, ended by a colon
 * or a question mark ("Compliant? Yes.").
 */
const INLINE = new RegExp(
  `(?:^|(?<=[.;!?)]\\s+|[—–|]\\s*))(${ANY_LABEL})\\s*(?:\\([^)]*\\))?\\s*(?:\\?\\s*:?|:)\\s*`,
  'gi',
);

export interface LabelledPart {
  role: TextRole | null;
  text: string;
}

/** The role a line's label names and the text after it, or null when it has none. */
export function readLabel(text: string): LabelledPart | null {
  for (const [role, pattern] of WHOLE) {
    const match = pattern.exec(text.trim());
    if (match) {
      return { role, text: (match[1] ?? '').trim() };
    }
  }
  return null;
}

/**
 * Splits a paragraph that holds several labelled parts ("Compliant: Yes. Evidence: …
 * Commentary: …") into those parts; text before the first label has no role.
 */
export function splitInlineLabels(text: string): LabelledPart[] {
  const parts: LabelledPart[] = [];
  let last = 0;
  let role: TextRole | null = null;
  for (const match of text.matchAll(INLINE)) {
    const before = text.slice(last, match.index).trim();
    if (before || role) {
      parts.push({ role, text: before });
    }
    role = readLabel(`${match[1]}:`)?.role ?? null;
    last = match.index + match[0].length;
  }
  parts.push({ role, text: text.slice(last).trim() });
  return parts.filter((part) => part.text || part.role);
}
