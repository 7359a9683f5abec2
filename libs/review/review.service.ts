import { Inject, Injectable } from '@nestjs/common';
import type { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import type { ResponseEntity } from '../assessments/entities/response.entity';
import { documentDownload } from '../documents/document-download';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { PIPELINE } from '../pipeline/pipeline.module';
import type { Pipeline } from '../pipeline/pipeline';
import type { ReviewItemObject } from './dto/review-item.object';
import { ReviewSourceFormat, type ReviewSourceObject } from './dto/review-source.object';
import type { ReviewLoaders } from './review.loaders';
import type { ReviewKind } from './review-order';
import { ReviewQueueRepository } from './review-queue.repository';
import { reviewReason } from './review-reasons';
import { matchingRow, sanitisedRow } from './source-rows';

const FORMAT_OF_MEDIA_TYPE: Record<string, ReviewSourceFormat> = {
  'application/pdf': ReviewSourceFormat.PDF,
  'text/html': ReviewSourceFormat.HTML,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    ReviewSourceFormat.WORD,
  'text/plain': ReviewSourceFormat.TEXT,
};

/** The review queue and, for each item, the source to check it against. */
@Injectable()
export class ReviewService {
  constructor(@Inject(PIPELINE) private readonly pipeline: Pipeline) {}

  async queue(page: PageRequest, kind: ReviewKind | null): Promise<Connection<ReviewItemObject>> {
    const rows = await new ReviewQueueRepository(this.pipeline.database.dataSource.manager).page(
      page,
      kind,
    );
    return keysetConnection(rows, page, (row) => ({
      id: row.id,
      kind: row.kind,
      reason: reviewReason(row.kind, row.facts),
      priority: row.priority,
      landlordName: row.landlordName,
      assessmentId: row.assessmentId,
      responseId: row.responseId,
    }));
  }

  /**
   * A response's place in its document: the page of a PDF (drawn by the browser from the
   * bytes), the published row of a web page made safe, the row's text for Word and text.
   */
  async source(
    response: ResponseEntity,
    document: SourceDocumentEntity,
    loaders: ReviewLoaders,
  ): Promise<ReviewSourceObject | null> {
    const served = documentDownload(document.sha256, document.source, document.mediaType);
    const format = FORMAT_OF_MEDIA_TYPE[served.mediaType];
    if (!format) {
      return null;
    }
    const base = {
      format,
      sha256: document.sha256,
      downloadPath: `/api/documents/${document.sha256}`,
      page: response.page,
      html: null,
      text: null,
    };
    switch (format) {
      case ReviewSourceFormat.PDF:
        return base;
      case ReviewSourceFormat.WORD:
        return {
          ...base,
          text: [
            response.provision,
            response.requirement,
            response.rawAnswer,
            response.evidence,
            response.commentary,
          ]
            .filter((part) => part.trim() !== '')
            .join('\n'),
        };
      case ReviewSourceFormat.HTML:
      case ReviewSourceFormat.TEXT: {
        const stored = await loaders.rowsOfDocument.load(document.sha256);
        const row = stored ? matchingRow(stored.rows, response) : null;
        return format === ReviewSourceFormat.HTML
          ? { ...base, html: row?.markup ? sanitisedRow(row.markup) : null }
          : { ...base, text: row?.text ?? null };
      }
    }
  }
}
