import type { CodeEdition, Compliance, ExtractedResponse } from '@ingest/core';
import { formProvisionsOf } from '@ingest/code';
import { SeededRandom } from './random';
import {
  BODIES,
  FREQUENCIES,
  GENERIC_LINES,
  MONTHS,
  NAME_PARTS,
  POLICIES,
  REGIONS,
  ROLES,
  SYSTEMS,
} from './sector-vocabulary';

export type LandlordKind = 'housing_association' | 'local_authority' | 'almo' | 'other';

export interface SyntheticLandlord {
  name: string;
  kind: LandlordKind;
  region: string;
  homes: number;
  website: string;
  /** 0–1: how much of this landlord's evidence is boilerplate. */
  boilerplatePropensity: number;
}

export interface SyntheticAssessment {
  landlord: SyntheticLandlord;
  edition: CodeEdition;
  /** The financial year's end year: 2025 is April 2024 – March 2025. */
  year: number;
  /** When it was signed off (YYYY-MM-DD), in the months after the year closed. */
  completedOn: string;
  responses: ExtractedResponse[];
}

export interface SectorOptions {
  seed: number;
  landlords: number;
  /** Share of landlords with a second, earlier assessment (often copied forward). */
  secondYearShare: number;
  /** Share of assessments against the 2022 Code. */
  edition2022Share: number;
}

function landlord(random: SeededRandom, index: number): SyntheticLandlord {
  const suffix = random.pick(NAME_PARTS.suffixes);
  const name = `${random.pick(NAME_PARTS.places)} ${suffix}${index >= NAME_PARTS.places.length ? ` ${index}` : ''}`;
  const kind: LandlordKind = suffix.includes('Council')
    ? 'local_authority'
    : suffix.includes('Partnership')
      ? 'almo'
      : random.chance(0.05)
        ? 'other'
        : 'housing_association';
  return {
    name,
    kind,
    region: random.pick(REGIONS),
    homes: Math.round(10 ** (2 + random.next() * 3)),
    website: `https://www.${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.org.uk`,
    boilerplatePropensity: random.next() * 0.8 + 0.1,
  };
}

function specificSentence(random: SeededRandom, year: number): string {
  switch (random.int(0, 4)) {
    case 0:
      return `${random.int(70, 99)}% of stage ${random.int(1, 2)} complaints were answered on time in ${year - 1}/${String(year).slice(2)}, reported ${random.pick(FREQUENCIES)} to the ${random.pick(BODIES)}.`;
    case 1:
      return `The ${random.pick(ROLES)} reviews every case in the ${random.pick(SYSTEMS)} and reports ${random.pick(FREQUENCIES)} to the ${random.pick(BODIES)}.`;
    case 2:
      return `${random.pick(POLICIES)} approved by the ${random.pick(BODIES)} on ${random.int(1, 28)} ${random.pick(MONTHS)} ${year}.`;
    case 3:
      return `ACTION: update the template letters by end Q${random.int(1, 4)} ${year}/${String(year + 1).slice(2)}.`;
    default:
      return `A case sample of ${random.int(5, 40)} complaints is audited ${random.pick(FREQUENCIES)} by the ${random.pick(ROLES)}.`;
  }
}

/**
 * A sign-off date in May to July after the year closed, varied by landlord from its name
 * rather than the seeded stream, so every other generated value stays as it was.
 */
function completionDate(name: string, year: number): string {
  let hash = 0;
  for (const char of name) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(5 + (hash % 3))}-${pad(1 + ((hash >>> 3) % 28))}`;
}

function answer(random: SeededRandom): Compliance {
  const roll = random.next();
  return roll < 0.88
    ? 'yes'
    : roll < 0.94
      ? 'no'
      : roll < 0.97
        ? 'partial'
        : roll < 0.985
          ? 'not_applicable'
          : 'not_stated';
}

function assessment(
  random: SeededRandom,
  owner: SyntheticLandlord,
  edition: CodeEdition,
  year: number,
): SyntheticAssessment {
  const template = `${random.pick(GENERIC_LINES)} ${random.pick(POLICIES)} section ${random.int(1, 9)}.`;
  const responses = formProvisionsOf(edition).map((provision): ExtractedResponse => {
    const boilerplate = random.chance(owner.boilerplatePropensity);
    const evidence = `${random.pick(POLICIES)} (Section ${random.int(1, 12)})`;
    const commentary = boilerplate
      ? random.chance(0.3)
        ? template
        : random.pick(GENERIC_LINES)
      : [specificSentence(random, year), random.chance(0.4) ? specificSentence(random, year) : '']
          .filter(Boolean)
          .join(' ');
    const compliance = answer(random);
    return {
      provision: provision.id,
      provision2024: provision.id2024,
      compliance,
      rawAnswer:
        compliance === 'yes'
          ? 'Yes'
          : compliance === 'no'
            ? 'No'
            : compliance === 'partial'
              ? 'Partial'
              : compliance === 'not_applicable'
                ? 'N/A'
                : '',
      rag: null,
      requirement: provision.summary,
      evidence: random.chance(0.15) ? '' : evidence,
      commentary,
      page: null,
    };
  });
  return {
    landlord: owner,
    edition,
    year,
    completedOn: completionDate(owner.name, year),
    responses,
  };
}

/**
 * A whole synthetic sector, the same for the same options: landlords of every kind, size
 * and region, each with an assessment (some with an earlier one too), both editions, and
 * evidence mixing specific facts with boilerplate in proportions that vary by landlord.
 */
export function syntheticSector(options: SectorOptions): SyntheticAssessment[] {
  const random = new SeededRandom(options.seed);
  const out: SyntheticAssessment[] = [];
  for (let i = 0; i < options.landlords; i++) {
    const owner = landlord(random, i);
    const edition = random.chance(options.edition2022Share) ? '2022' : '2024';
    out.push(assessment(random, owner, edition, 2025));
    if (random.chance(options.secondYearShare)) {
      out.push(assessment(random, owner, edition, 2024));
    }
  }
  return out;
}
