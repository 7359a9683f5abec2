import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { dataDictionary } from './data-dictionary';
import { dataPackageResource, dataPackageWith } from './datapackage';
import type { Dataset, ExportFilter } from './dataset';
import { DATASETS, findDataset } from './datasets';
import {
  EXPORT_FORMATS,
  isExportFormat,
  type ExportFormat,
  type ExportOptions,
} from './export-formats';
import { ExportRequestError, parseExportFilter, parseExportOptions } from './export-request';
import { ExportsService } from './exports.service';

const DATAPACKAGE = '.datapackage.json';

interface ExportRequest {
  dataset: Dataset;
  format: ExportFormat;
  filter: ExportFilter;
  options: ExportOptions;
  /** The name the file is saved under, and the path its datapackage.json gives it. */
  fileName: string;
}

/** `<dataset>.<format>` and its query, checked, or the HTTP error that says what is wrong. */
function exportRequest(file: string, query: Record<string, unknown>): ExportRequest {
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
  try {
    const stamp = new Date().toISOString().slice(0, 10);
    return {
      dataset,
      format,
      filter: parseExportFilter(query),
      options: parseExportOptions(query, format),
      fileName: `chc-${name}-${stamp}.${EXPORT_FORMATS[format].extension}`,
    };
  } catch (error) {
    throw error instanceof ExportRequestError ? new BadRequestException(error.message) : error;
  }
}

/**
 * `GET /api/exports/<dataset>.<csv|jsonl|parquet>?filters…`, streamed; the same name with
 * `.datapackage.json` after it gives the Frictionless descriptor of that file; and the
 * dictionary.
 */
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
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (file.endsWith(DATAPACKAGE)) {
      const wanted = exportRequest(file.slice(0, -DATAPACKAGE.length), query);
      response.json(
        dataPackageWith(
          dataPackageResource(wanted.dataset, wanted.format, wanted.fileName, wanted.options),
        ),
      );
      return;
    }
    const { dataset, format, filter, options, fileName } = exportRequest(file, query);
    const search = request.originalUrl.includes('?')
      ? request.originalUrl.slice(request.originalUrl.indexOf('?'))
      : '';
    response.setHeader('Content-Type', EXPORT_FORMATS[format].mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Link', `<${file}${DATAPACKAGE}${search}>; rel="describedby"`);
    try {
      await this.exports.export(dataset, filter, format, response, options);
    } catch {
      // Headers are gone: cutting the connection is the only way to say the file is incomplete.
      response.destroy();
    }
  }
}
