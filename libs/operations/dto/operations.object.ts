import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExtractionConfidenceObject } from '../../assessments/dto/extraction-confidence.object';
import { SourceDocumentObject } from '../../assessments/dto/source-document.object';
import { ConnectionType } from '../../graphql/connection';

@ObjectType('QueueCounts')
export class QueueCountsObject {
  @Field(() => Int) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) completed!: number;
}

@ObjectType('FailedJob')
export class FailedJobObject {
  @Field() id!: string;
  @Field() name!: string;
  @Field() error!: string;
  @Field(() => Int) attempts!: number;
}

@ObjectType('OperationsStatus', { description: 'The state of the store and the queues.' })
export class OperationsStatusObject {
  @Field({ description: 'embedded or postgresql.' }) database!: string;
  @Field({ description: 'bullmq or in-process.' }) queue!: string;
  @Field(() => Int) landlords!: number;
  @Field(() => Int) documents!: number;
  @Field(() => Int) failedDocuments!: number;
  @Field(() => Int) assessments!: number;
  @Field(() => Int) currentAssessments!: number;
  @Field(() => Int) responses!: number;
  @Field(() => QueueCountsObject) jobs!: QueueCountsObject;
  @Field(() => [FailedJobObject], { description: 'The 20 most recent failed jobs.' })
  failedJobs!: FailedJobObject[];
}

@ObjectType('CrawlRun', { description: 'One search of a landlord’s website.' })
export class CrawlRunObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) landlordId!: string;
  @Field(() => String, { nullable: true }) landlordName!: string | null;
  @Field() website!: string;
  @Field({ description: 'found, not_found, blocked_by_robots, site_error…' }) stopReason!: string;
  @Field(() => Int) pagesVisited!: number;
  @Field(() => Int, { description: 'Self-assessments found.' }) found!: number;
  @Field(() => [String], { description: 'Their URLs.' }) foundUrls!: string[];
  @Field() startedAt!: Date;
}

@ObjectType('SourceDocumentConnection')
export class FailedDocumentConnection extends ConnectionType(SourceDocumentObject, 'SourceDocument') {}

@ObjectType()
export class CrawlRunConnection extends ConnectionType(CrawlRunObject, 'CrawlRun') {}

@ObjectType('IngestResult')
export class IngestResultObject {
  @Field() source!: string;
  @Field({ description: 'ingested, unchanged or failed.' }) status!: string;
  @Field(() => ID, { nullable: true }) assessmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'The registered landlord it matched.' })
  landlord!: string | null;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => ExtractionConfidenceObject, {
    nullable: true,
    description: 'How sure extraction was of what was stored.',
  })
  confidence!: ExtractionConfidenceObject | null;
  @Field(() => String, { nullable: true, description: 'Why it failed.' }) error!: string | null;
}

@ObjectType('RecrawlResult')
export class RecrawlResultObject {
  @Field() stopReason!: string;
  @Field(() => Int) pagesVisited!: number;
  @Field(() => Int, { description: 'New assessments stored.' }) ingested!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [String]) failed!: string[];
}

@ObjectType('ReanalysisResult')
export class ReanalysisResultObject {
  @Field(() => Int) assessments!: number;
  @Field(() => Int) responses!: number;
  @Field(() => Int) flagged!: number;
  @Field() analysisVersion!: string;
}
