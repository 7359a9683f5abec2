import { BadRequestException, Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { CallerRequest } from '../access/caller';
import { DocumentsService } from './documents.service';

const SHA256 = /^[0-9a-f]{64}$/;

/** `GET /api/documents/<sha256>`: the bytes of a stored source document, as they were read. */
@Controller('api/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':sha256')
  async download(
    @Param('sha256') sha256: string,
    @Req() request: CallerRequest,
    @Res() response: Response,
  ): Promise<void> {
    if (!SHA256.test(sha256)) {
      throw new BadRequestException(
        `"${sha256.slice(0, 80)}" is not a sha256 (64 hex digits, lower case)`,
      );
    }
    const document = await this.documents.download(sha256, request.caller?.role ?? 'public');
    // Never rendered from this origin: a stored HTML page must not run as the API's own.
    response.setHeader('Content-Type', document.mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${document.fileName}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    response.setHeader('ETag', `"${sha256}"`);
    response.end(
      Buffer.from(document.bytes.buffer, document.bytes.byteOffset, document.bytes.byteLength),
    );
  }
}
