import {
  BadRequestException,
  Controller,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';
import { RequireRole } from '../access/require-role.decorator';
import type { IngestResultObject } from './dto/operations.object';
import { OperationsService } from './operations.service';
import { UploadFileInterceptor, uploadTooLarge } from './upload-file.interceptor';

/** The path of uploads, which the API's JSON and form parsers leave unread. */
export const UPLOADS_PATH = '/api/documents';

/**
 * Reads a raw body up to `limit` bytes. Past it the rest is read and dropped, and the
 * refusal comes at the end: answering while the client still sends resets the connection,
 * and the client would see that instead of the reason.
 */
function readLimited(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
      }
    });
    stream.once('end', () =>
      size <= limit
        ? resolve(Buffer.concat(chunks))
        : reject(new PayloadTooLargeException(uploadTooLarge())),
    );
    stream.once('error', reject);
  });
}

/**
 * `POST /api/documents?name=report.pdf`: ingests an upload, sent either as the raw body
 * (any content type: curl's `--data-binary @report.pdf` says form-urlencoded) or as a
 * multipart form with the document in a field named `file` (`curl -F file=@report.pdf`,
 * whose file name is used when `name` is not given).
 */
@RequireRole('analyst')
@Controller(UPLOADS_PATH.slice(1))
export class UploadsController {
  constructor(private readonly operations: OperationsService) {}

  @Post()
  @UseInterceptors(UploadFileInterceptor)
  async upload(
    @Query('name') name: string | undefined,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Req() request: Request,
  ): Promise<IngestResultObject> {
    if (Boolean(request.is('multipart')) && !file) {
      throw new BadRequestException(
        'multipart upload without a document: send it in a field named "file"',
      );
    }
    const fileName = name ?? file?.originalname;
    if (!fileName || !/^[^/\\]{1,200}$/.test(fileName)) {
      throw new BadRequestException('say the file name: ?name=<file name without folders>');
    }
    const bytes = file ? file.buffer : await readLimited(request, MAX_DOCUMENT_BYTES);
    return this.operations.ingestUpload(fileName, bytes);
  }
}
