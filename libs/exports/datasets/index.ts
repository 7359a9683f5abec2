import type { Dataset } from '../dataset';
import { ASSESSMENTS_DATASET } from './assessments.dataset';
import { FLAGS_DATASET } from './flags.dataset';
import { LANDLORDS_DATASET } from './landlords.dataset';
import { RESPONSES_DATASET } from './responses.dataset';
import { CLAIMS_VS_OUTCOMES_DATASET } from '../../outcomes/datasets/claims-vs-outcomes.dataset';
import { OUTCOMES_DATASET } from '../../outcomes/datasets/outcomes.dataset';

/** Every dataset researchers can export, by name. */
export const DATASETS: Readonly<Record<string, Dataset>> = {
  responses: RESPONSES_DATASET,
  assessments: ASSESSMENTS_DATASET,
  landlords: LANDLORDS_DATASET,
  flags: FLAGS_DATASET,
  outcomes: OUTCOMES_DATASET,
  claims_vs_outcomes: CLAIMS_VS_OUTCOMES_DATASET,
};

/** The dataset of that name, or undefined: own names only, never `constructor` or `__proto__`. */
export function findDataset(name: string): Dataset | undefined {
  return Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
}
