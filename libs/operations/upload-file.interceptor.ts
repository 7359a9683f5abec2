import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { once } from 'node:events';
import type { Observable } from 'rxjs';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';

/** The one message for an upload over the limit, whichever way it was sent. */
export const uploadTooLarge = () =>
  `the upload is over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB (${MAX_DOCUMENT_BYTES} bytes), the largest document accepted`;

const MultipartFile = FileInterceptor('file', {
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10 },
});

/**
 * Reads a multipart upload's `file` field into memory (multer, capped at the largest
 * document accepted); other bodies pass through untouched for the route to read raw.
 * Multer's own messages ("File too large", "Unexpected field") are restated to say what
 * the limit or the expected field is.
 */
@Injectable()
export class UploadFileInterceptor extends MultipartFile {
  override async intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      // Multer stops reading and drains the rest; answer once it is all in, or the client,
      // still sending, sees a reset connection instead of the reason.
      const request = context.switchToHttp().getRequest<Request>();
      if (!request.readableEnded) {
        request.resume();
        await once(request, 'end');
      }
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException(uploadTooLarge());
      }
      if (error instanceof BadRequestException) {
        throw new BadRequestException(
          `multipart upload: ${error.message}; send one document in a field named "file"`,
        );
      }
      throw error;
    }
  }
}
