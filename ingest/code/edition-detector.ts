import type { CodeEdition } from '@ingest/core';
import { findProvision } from './catalogue';
import { matchProvisions } from './provision-matcher';

export interface NumberedRequirement {
  id: string;
  requirement: string;
}

export interface EditionVerdict {
  edition: CodeEdition | null;
  reasons: string[];
}

const MUST_SHOULD_TABLES = /mandatory\s+['‘’"]?must|best\s+practice\s+['‘’"]?should/i;

function sectionAndNumber(id: string): [number, number] {
  const [section = 0, number = 0] = id.split('.').map(Number);
  return [section, number];
}

/**
 * Decides which edition of the Code a document follows, from its provision numbers, the
 * wording of its requirement cells and its table headings; never from its date alone,
 * because landlords assessed against the 2022 Code well into 2024.
 */
export function detectEdition(
  rows: readonly NumberedRequirement[],
  documentText: string,
  questionCount: number,
): EditionVerdict {
  const votes: Record<'2024' | '2022', number> = { '2024': 0, '2022': 0 };
  const reasons: string[] = [];
  const ids = rows.map((r) => sectionAndNumber(r.id));
  const onlyIn2024 = ids.filter(([s, n]) => s === 9 || (s === 6 && n > 13) || (s === 5 && n > 13));
  if (onlyIn2024.length > 0) {
    votes['2024'] += 2 * onlyIn2024.length;
    reasons.push(`${onlyIn2024.length} provision numbers exist only in the 2024 Code`);
  }
  const onlyIn2022 = ids.filter(([s, n]) => s === 1 && n >= 7);
  if (onlyIn2022.length > 0) {
    votes['2022'] += 2 * onlyIn2022.length;
    reasons.push(
      `${onlyIn2022.length} provision numbers (1.7 and above) exist only in the 2022 Code`,
    );
  }
  if (MUST_SHOULD_TABLES.test(documentText)) {
    votes['2022'] += 10;
    reasons.push("'mandatory must' / 'best practice should' tables, as in the 2022 form");
  }
  let wordingVotes = 0;
  for (const row of rows) {
    const p2024 = findProvision('2024', row.id);
    const p2022 = findProvision('2022', row.id);
    if (!p2024 || !p2022 || p2022.id2024 === row.id) {
      continue;
    }
    const [a, b] = [
      matchProvisions(row.requirement, [p2024])[0],
      matchProvisions(row.requirement, [p2022])[0],
    ];
    const score2024 = a?.score ?? 0;
    const score2022 = b?.score ?? 0;
    if (Math.abs(score2024 - score2022) < 0.15) {
      continue;
    }
    const winner = score2024 > score2022 ? '2024' : '2022';
    votes[winner] += 1;
    wordingVotes += winner === '2024' ? 1 : -1;
  }
  if (wordingVotes !== 0) {
    reasons.push(`requirement wording matches the ${wordingVotes > 0 ? '2024' : '2022'} numbering`);
  }
  if (rows.length === 0 && questionCount >= 5) {
    return {
      edition: '2020',
      reasons: [`${questionCount} unnumbered questions, as in the 2020 questionnaire`],
    };
  }
  if (votes['2024'] === 0 && votes['2022'] === 0) {
    if (rows.length === 0) {
      return { edition: null, reasons };
    }
    // Numbers shared by both editions with matching wording: the current edition is likelier.
    return {
      edition: '2024',
      reasons: [...reasons, 'numbering fits both editions; taken as the current (2024) Code'],
    };
  }
  return { edition: votes['2024'] >= votes['2022'] ? '2024' : '2022', reasons };
}
