import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './corpus';

export interface GoldResponse {
  provision: string;
  compliance: string;
  evidence: string;
  commentary: string;
  boilerplate: boolean | null;
}

export interface GoldAssessment {
  /** Base name shared by the document in every format. */
  base: string;
  landlord: string;
  responses: GoldResponse[];
}

/** The hand labels of the development corpus. */
export function goldAssessments(): GoldAssessment[] {
  const dir = path.join(sharedDir(), 'corpus', 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        landlord: string;
        responses: GoldResponse[];
      };
      return {
        base: file.replace(/\.json$/, ''),
        landlord: gold.landlord,
        responses: gold.responses,
      };
    });
}
