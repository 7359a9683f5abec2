import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeEdition, Compliance } from '@ingest/core';
import { findProvision, sectionsOf, type CodeSection } from '@ingest/code';
import { syntheticSector, type SyntheticAssessment } from '@ingest/synthetic';

/** One provision's row as every layout lays it out, and as the truth records it. */
export interface ContentRow {
  provision: string;
  section: number;
  requirement: string;
  compliance: Compliance;
  rawAnswer: string;
  evidence: string;
  commentary: string;
  /** The gold's boilerplate label; null where the source has none. */
  boilerplate: boolean | null;
}

/** An assessment with known truth, ready to be laid out. */
export interface LayoutContent {
  /** Where the truth comes from: "synthetic:<seed>:<n>" or "gold:<base name>". */
  origin: string;
  landlord: string;
  codeVersion: CodeEdition;
  assessmentDate: string | null;
  sections: readonly CodeSection[];
  rows: ContentRow[];
}

const sectionOf = (provision: string) => Number(provision.split('.')[0]);

/** A synthetic assessment as layout content, its origin given. */
export function contentOf(assessment: SyntheticAssessment, origin: string): LayoutContent {
  return {
    origin,
    landlord: assessment.landlord.name,
    codeVersion: assessment.edition,
    assessmentDate: `${assessment.year}-03-31`,
    sections: sectionsOf(assessment.edition),
    rows: assessment.responses.map((r) => ({
      provision: r.provision,
      section: sectionOf(r.provision),
      requirement: r.requirement,
      compliance: r.compliance,
      rawAnswer: r.rawAnswer,
      evidence: r.evidence,
      commentary: r.commentary,
      boilerplate: null,
    })),
  };
}

/** Assessments of the project's synthetic sector (always available, any number). */
export function syntheticContents(seed: number, count: number): LayoutContent[] {
  const sector = syntheticSector({
    seed,
    landlords: count,
    secondYearShare: 0,
    edition2022Share: 0.15,
  });
  return sector.map((assessment, i) => contentOf(assessment, `synthetic:${seed}:${i}`));
}

interface GoldFile {
  landlord: string;
  codeVersion: CodeEdition | null;
  assessmentDate: string | null;
  responses: Array<{
    provision: string;
    compliance: Compliance;
    rawAnswer?: string;
    evidence?: string;
    commentary?: string;
    boilerplate?: boolean | null;
    mergedInto?: string | null;
  }>;
}

/**
 * The hand-labelled development assessments, when the shared corpus is beside the checkout
 * (none otherwise). A provision the original merged into another row has no row of its own
 * here, so it is left out of the layout and of the truth alike.
 */
export function goldContents(goldDir: string | undefined): LayoutContent[] {
  if (!goldDir || !existsSync(goldDir)) {
    return [];
  }
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile;
      const edition = gold.codeVersion ?? '2024';
      return {
        origin: `gold:${name.replace(/\.json$/, '')}`,
        landlord: gold.landlord,
        codeVersion: edition,
        assessmentDate: gold.assessmentDate,
        sections: sectionsOf(edition),
        rows: gold.responses
          .filter((r) => !r.mergedInto)
          .map((r) => ({
            provision: r.provision,
            section: sectionOf(r.provision),
            requirement: findProvision(edition, r.provision)?.summary ?? '',
            compliance: r.compliance,
            rawAnswer: r.rawAnswer ?? '',
            evidence: r.evidence ?? '',
            commentary: r.commentary ?? '',
            boilerplate: r.boilerplate ?? null,
          })),
      };
    });
}
