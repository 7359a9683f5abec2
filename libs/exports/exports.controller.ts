import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { dataDictionary } from './data-dictionary';
import { DATASETS, findDataset } from './datasets';
import { EXPORT_FORMATS, isExportFormat } from './export-formats';
import { ExportRequestError, parseExportFilter } from './export-request';
import { ExportsService } from './exports.service';

/** `GET /api/exports/<dataset>.<csv|jsonl|parquet>?filters…`, streamed; and the dictionary. */
@Controller('api/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('dictionary')
  dictionary() {
    return dataDictionary();
  }

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const dot = file.lastIndexOf('.');
    const [name, format] = dot < 0 ? [file, ''] : [file.slice(0, dot), file.slice(dot + 1)];
    const dataset = findDataset(name);
    if (!dataset) {
      throw new NotFoundException(
        `no dataset "${name}"; there are ${Object.keys(DATASETS).join(', ')}`,
      );
    }
    if (!isExportFormat(format)) {
      throw new BadRequestException(`ask for ${name}.csv, ${name}.jsonl or ${name}.parquet`);
    }
    let filter;
    try {
      filter = parseExportFilter(query);
    } catch (error) {
      throw error instanceof ExportRequestError ? new BadRequestException(error.message) : error;
    }
    const stamp = new Date().toISOString().slice(0, 10);
    response.setHeader('Content-Type', EXPORT_FORMATS[format].mediaType);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="chc-${name}-${stamp}.${EXPORT_FORMATS[format].extension}"`,
    );
    try {
      await this.exports.export(dataset, filter, format, response);
    } catch {
      // Headers are gone: cutting the connection is the only way to say the file is incomplete.
      response.destroy();
    }
  }
}
