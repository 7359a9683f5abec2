import type { CodeEdition } from '@ingest/core';

/** How strongly a 2022 provision corresponds to its 2024 counterpart. */
export type MappingConfidence = 'high' | 'medium' | 'low';

/** The 2022 edition split each section into mandatory and best-practice tables. */
export type RequirementKind = 'must' | 'should' | 'mixed' | 'unknown' | 'intro';

export interface CodeSection {
  number: number;
  title: string;
}

export interface CodeProvision {
  edition: CodeEdition;
  id: string;
  section: number;
  /** What the provision asks for, in our own words. */
  summary: string;
  /** Words that tell this provision's requirement text apart from the others. */
  keywords: readonly string[];
  /** Whether the edition's self-assessment form has a row for it. */
  inForm: boolean;
  kind?: RequirementKind;
  /** The 2024 equivalent (2024 provisions map to themselves). */
  id2024: string | null;
  mappingConfidence?: MappingConfidence;
}
