/**
 * Bumped whenever a change to the analysis can change its results, so stored results
 * say which analysis made them and can be re-run.
 */
export const ANALYSIS_VERSION = '1.2.0';
