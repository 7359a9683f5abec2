import {
  BadRequestException,
  Controller,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { Readable } from 'node:stream';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';
import { RequireRole } from '../access/require-role.decorator';
import type { IngestResultObject } from './dto/operations.object';
import { OperationsService } from './operations.service';

async function readLimited(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new PayloadTooLargeException(
        `the upload is over ${limit / 1024 / 1024} MiB, the largest document accepted`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** `POST /api/documents?name=report.pdf` with the file as the body: ingests an upload. */
@RequireRole('analyst')
@Controller('api/documents')
export class UploadsController {
  constructor(private readonly operations: OperationsService) {}

  @Post()
  async upload(
    @Query('name') name: string | undefined,
    @Req() request: Readable,
  ): Promise<IngestResultObject> {
    if (!name || !/^[^/\\]{1,200}$/.test(name)) {
      throw new BadRequestException('say the file name: ?name=<file name without folders>');
    }
    return this.operations.ingestUpload(name, await readLimited(request, MAX_DOCUMENT_BYTES));
  }
}
