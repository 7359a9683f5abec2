import type { CodeEdition } from '@ingest/core';
import { PROVISIONS_2022, SECTIONS_2022 } from './code-2022';
import { PROVISIONS_2024, SECTIONS_2024 } from './code-2024';
import type { CodeProvision, CodeSection } from './provision';

const PROVISIONS: Record<CodeEdition, readonly CodeProvision[]> = {
  '2024': PROVISIONS_2024,
  '2022': PROVISIONS_2022,
  // The 2020 questionnaire had unnumbered questions; documents get ids from their order.
  '2020': [],
};

const SECTIONS: Record<CodeEdition, readonly CodeSection[]> = {
  '2024': SECTIONS_2024,
  '2022': SECTIONS_2022,
  '2020': [],
};

const byId = new Map(
  (Object.keys(PROVISIONS) as CodeEdition[]).map((edition) => [
    edition,
    new Map(PROVISIONS[edition].map((p) => [p.id, p])),
  ]),
);

/** The provisions of an edition, in Code order. */
export function provisionsOf(edition: CodeEdition): readonly CodeProvision[] {
  return PROVISIONS[edition];
}

/** The provisions that the edition's self-assessment form asks about, in Code order. */
export function formProvisionsOf(edition: CodeEdition): readonly CodeProvision[] {
  return PROVISIONS[edition].filter((p) => p.inForm);
}

export function sectionsOf(edition: CodeEdition): readonly CodeSection[] {
  return SECTIONS[edition];
}

export function findProvision(edition: CodeEdition, id: string): CodeProvision | undefined {
  return byId.get(edition)?.get(id);
}

/** The 2024 id a provision of any edition maps onto, or null where there is none. */
export function mapTo2024(edition: CodeEdition, id: string): string | null {
  return findProvision(edition, id)?.id2024 ?? null;
}

/** Orders provision ids numerically ("5.10" after "5.9"). */
export function compareProvisionIds(a: string, b: string): number {
  const [sa = 0, pa = 0] = a.split('.').map(Number);
  const [sb = 0, pb = 0] = b.split('.').map(Number);
  return sa - sb || pa - pb;
}
