import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExtractionConfidenceObject } from '../../assessments/dto/extraction-confidence.object';
import { SourceDocumentObject } from '../../assessments/dto/source-document.object';
import { ConnectionType } from '../../graphql/connection';
import { CrawlStopReasonValue, IngestStatusValue } from './operations-enums';

@ObjectType('QueueCounts', { description: 'Jobs on the queues, by state.' })
export class QueueCountsObject {
  @Field(() => Int, { description: 'Jobs waiting for a worker.' }) waiting!: number;
  @Field(() => Int, { description: 'Jobs a worker is running now.' }) active!: number;
  @Field(() => Int, { description: 'Jobs waiting to be retried later.' }) delayed!: number;
  @Field(() => Int, { description: 'Jobs that failed after every attempt.' }) failed!: number;
  @Field(() => Int, { description: 'Jobs finished and still kept.' }) completed!: number;
}

@ObjectType('FailedJob', { description: 'A queue job that failed after every attempt.' })
export class FailedJobObject {
  @Field({ description: 'The job id (document SHA-256 and stage, or run id).' }) id!: string;
  @Field({ description: 'The job kind: fetch, ingest, sector…' }) name!: string;
  @Field({ description: 'The last error it failed with.' }) error!: string;
  @Field(() => Int, { description: 'How many times it was tried.' }) attempts!: number;
}

@ObjectType('OperationsStatus', { description: 'The state of the store and the queues.' })
export class OperationsStatusObject {
  @Field({ description: 'embedded or postgresql.' }) database!: string;
  @Field({ description: 'bullmq or in-process.' }) queue!: string;
  @Field(() => Int, { description: 'Landlords in the registry.' }) landlords!: number;
  @Field(() => Int, { description: 'Documents fetched or uploaded, by distinct bytes.' })
  documents!: number;
  @Field(() => Int, { description: 'Documents that could not be read.' })
  failedDocuments!: number;
  @Field(() => Int, { description: 'Assessments stored, corrected versions included.' })
  assessments!: number;
  @Field(() => Int, { description: 'Assessments not replaced by a corrected version.' })
  currentAssessments!: number;
  @Field(() => Int, { description: 'Responses stored, one per provision per assessment.' })
  responses!: number;
  @Field(() => QueueCountsObject, { description: 'Jobs on the queues, by state.' })
  jobs!: QueueCountsObject;
  @Field(() => [FailedJobObject], { description: 'The 20 most recent failed jobs.' })
  failedJobs!: FailedJobObject[];
}

@ObjectType('CrawlRun', { description: 'One search of a landlord’s website.' })
export class CrawlRunObject {
  @Field(() => ID, { description: 'The run’s id.' }) id!: string;
  @Field(() => ID, { description: 'The landlord whose site was searched.' }) landlordId!: string;
  @Field(() => String, { nullable: true, description: 'Its name; null if since removed.' })
  landlordName!: string | null;
  @Field({ description: 'The website searched.' }) website!: string;
  @Field(() => CrawlStopReasonValue, { description: 'Why the search stopped.' })
  stopReason!: CrawlStopReasonValue;
  @Field(() => Int, { description: 'Pages fetched.' }) pagesVisited!: number;
  @Field(() => Int, { description: 'Self-assessments found.' }) found!: number;
  @Field(() => [String], { description: 'Their URLs.' }) foundUrls!: string[];
  @Field({ description: 'When the search started.' }) startedAt!: Date;
}

@ObjectType('SourceDocumentConnection', { description: 'A page of source documents.' })
export class FailedDocumentConnection extends ConnectionType(
  SourceDocumentObject,
  'SourceDocument',
) {}

@ObjectType({ description: 'A page of searches of landlords’ websites.' })
export class CrawlRunConnection extends ConnectionType(CrawlRunObject, 'CrawlRun') {}

@ObjectType('IngestResult', { description: 'What ingesting one document did.' })
export class IngestResultObject {
  @Field({ description: 'The URL or upload it came from.' }) source!: string;
  @Field(() => IngestStatusValue, { description: 'Stored, already stored, or failed.' })
  status!: IngestStatusValue;
  @Field(() => ID, { nullable: true, description: 'The assessment stored, if any.' })
  assessmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'The registered landlord it matched.' })
  landlord!: string | null;
  @Field(() => Int, { nullable: true, description: 'Responses read from it.' })
  responses!: number | null;
  @Field(() => ExtractionConfidenceObject, {
    nullable: true,
    description: 'How sure extraction was of what was stored.',
  })
  confidence!: ExtractionConfidenceObject | null;
  @Field(() => String, { nullable: true, description: 'Why it failed.' }) error!: string | null;
}

@ObjectType('RecrawlResult', { description: 'What searching a landlord’s website again found.' })
export class RecrawlResultObject {
  @Field(() => CrawlStopReasonValue, { description: 'Why the search stopped.' })
  stopReason!: CrawlStopReasonValue;
  @Field(() => Int, { description: 'Pages fetched.' }) pagesVisited!: number;
  @Field(() => Int, { description: 'New assessments stored.' }) ingested!: number;
  @Field(() => Int, { description: 'Documents found that were already stored.' })
  unchanged!: number;
  @Field(() => [String], { description: 'Documents or pages that failed, with why.' })
  failed!: string[];
}

@ObjectType('ReanalysisResult', { description: 'What a re-analysis of the sector did.' })
export class ReanalysisResultObject {
  @Field(() => Int, { description: 'Current assessments analysed.' }) assessments!: number;
  @Field(() => Int, { description: 'Responses analysed.' }) responses!: number;
  @Field(() => Int, { description: 'Responses flagged as boilerplate.' }) flagged!: number;
  @Field({ description: 'The analysis version now stored.' }) analysisVersion!: string;
}
