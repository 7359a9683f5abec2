export const OUTCOME_SOURCES = ['tsm', 'ombudsman', 'chfo'] as const;
/** Tenant Satisfaction Measures, Ombudsman findings, Complaint Handling Failure Orders. */
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];
