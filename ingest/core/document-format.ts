export const DOCUMENT_FORMATS = ['pdf', 'docx', 'html', 'text'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
