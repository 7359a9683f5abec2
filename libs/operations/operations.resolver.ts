import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CallerRequest } from '../access/caller';
import { RequireRole } from '../access/require-role.decorator';
import type { Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { PageArgs } from '../graphql/page.args';
import type { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import {
  CrawlRunConnection,
  FailedDocumentConnection,
  IngestResultObject,
  OperationsStatusObject,
  ReanalysisResultObject,
  RecrawlResultObject,
  type CrawlRunObject,
} from './dto/operations.object';
import { IngestUrlArgs } from './dto/ingest-url.args';
import {
  LowConfidenceAssessmentConnection,
  type LowConfidenceAssessmentObject,
} from './dto/low-confidence-assessment.object';
import { OperationsService } from './operations.service';

/** Analysts only: the state of ingestion, and work started on request. */
@RequireRole('analyst')
@Resolver()
export class OperationsResolver {
  constructor(private readonly operations: OperationsService) {}

  @Query(() => OperationsStatusObject, { description: 'The state of the store and the queues.' })
  operationsStatus(): Promise<OperationsStatusObject> {
    return this.operations.status();
  }

  @Query(() => FailedDocumentConnection, {
    description: 'Documents that could not be read, and why.',
  })
  failedDocuments(@Args() page: PageArgs): Promise<Connection<SourceDocumentEntity>> {
    return this.operations.failedDocuments(pageRequest(page));
  }

  @Query(() => LowConfidenceAssessmentConnection, {
    description:
      'Current assessments extracted with low confidence (answers that could not be read, provisions not found), least sure first: check them before trusting their answers.',
  })
  lowConfidenceAssessments(
    @Args() page: PageArgs,
  ): Promise<Connection<LowConfidenceAssessmentObject>> {
    return this.operations.lowConfidenceAssessments(pageRequest(page));
  }

  @Query(() => CrawlRunConnection, {
    description: 'Searches of landlords’ websites, newest first.',
  })
  crawlRuns(@Args() page: PageArgs): Promise<Connection<CrawlRunObject>> {
    return this.operations.crawlRuns(pageRequest(page));
  }

  @Mutation(() => IngestResultObject, {
    description: 'Fetches, extracts, analyses and stores a URL.',
  })
  ingestUrl(@Args() { url }: IngestUrlArgs): Promise<IngestResultObject> {
    return this.operations.ingestUrl(url);
  }

  @Mutation(() => RecrawlResultObject, { description: 'Searches a landlord’s website again.' })
  recrawl(
    @Args('landlordId', { type: () => ID, description: 'The landlord.' }, ParseUUIDPipe)
    landlordId: string,
  ): Promise<RecrawlResultObject> {
    return this.operations.recrawl(landlordId);
  }

  @Mutation(() => ReanalysisResultObject, {
    description: 'Runs the analysis again over every current assessment, with sector statistics.',
  })
  reanalyse(@Context('req') request: CallerRequest): Promise<ReanalysisResultObject> {
    return this.operations.reanalyse(`requested by ${request.caller?.name ?? 'an analyst'}`);
  }
}
