import { ActionEntity } from '../assessments/entities/action.entity';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { CitedDocumentEntity } from '../assessments/entities/cited-document.entity';
import { ApiKeyEntity } from '../access/entities/api-key.entity';
import { FlagReviewEntity } from '../assessments/entities/flag-review.entity';
import { FlagEntity } from '../assessments/entities/flag.entity';
import { ResponseEntity } from '../assessments/entities/response.entity';
import { SectorStatisticsEntity } from '../assessments/entities/sector-statistics.entity';
import { BenchmarkAnswerCountEntity } from '../benchmarks/entities/benchmark-answer-count.entity';
import { BenchmarkSlotEntity } from '../benchmarks/entities/benchmark-slot.entity';
import { CorrectionEntity } from '../corrections/entities/correction.entity';
import { CrawlRunEntity } from '../crawling/entities/crawl-run.entity';
import { DocumentBlobEntity } from '../documents/entities/document-blob.entity';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { LandlordEntity } from '../landlords/entities/landlord.entity';
import { OutcomeEventEntity } from '../outcomes/entities/outcome-event.entity';
import { OutcomeFlagEntity } from '../outcomes/entities/outcome-flag.entity';
import { OutcomeImportEntity } from '../outcomes/entities/outcome-import.entity';
import { OutcomeMeasureEntity } from '../outcomes/entities/outcome-measure.entity';
import { OutcomeNameLinkEntity } from '../outcomes/entities/outcome-name-link.entity';

/** Every table's entity, for the one data source and the migration generator. */
export const ENTITIES = [
  LandlordEntity,
  SourceDocumentEntity,
  DocumentBlobEntity,
  AssessmentEntity,
  ResponseEntity,
  CitedDocumentEntity,
  ActionEntity,
  FlagEntity,
  SectorStatisticsEntity,
  CrawlRunEntity,
  FlagReviewEntity,
  ApiKeyEntity,
  OutcomeImportEntity,
  OutcomeMeasureEntity,
  OutcomeEventEntity,
  OutcomeNameLinkEntity,
  OutcomeFlagEntity,
  CorrectionEntity,
  BenchmarkSlotEntity,
  BenchmarkAnswerCountEntity,
];
