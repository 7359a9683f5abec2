import type { DocumentFormat } from '@ingest/core';
import type { SyntheticAssessment } from '../synthetic-sector';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';

export const SYNTHETIC_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html', 'text'];

/** One synthetic assessment as a document of the given format. */
export async function renderDocument(
  assessment: SyntheticAssessment,
  format: DocumentFormat,
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPdf(assessment);
    case 'docx':
      return renderDocx(assessment);
    case 'html':
      return Buffer.from(renderHtml(assessment));
    case 'text':
      return Buffer.from(renderText(assessment));
  }
}
