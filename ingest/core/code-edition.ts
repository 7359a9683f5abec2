/** Editions of the Complaint Handling Code whose self-assessments we read. */
export const CODE_EDITIONS = ['2024', '2022', '2020'] as const;
export type CodeEdition = (typeof CODE_EDITIONS)[number];
