import { Initial1795427436701 } from './1795427436701-Initial';
import { ResponseTextSearch1795427500000 } from './1795427500000-ResponseTextSearch';
import { DocumentBlobs1795427651579 } from './1795427651579-DocumentBlobs';
import { SectorStatistics1795428104845 } from './1795428104845-SectorStatistics';
import { CrawlRuns1795430836374 } from './1795430836374-CrawlRuns';
import { ApiKeysAndFlagReviews1795432459860 } from './1795432459860-ApiKeysAndFlagReviews';
import { BenchmarkReads1795434133986 } from './1795434133986-BenchmarkReads';
import { ExtractionConfidence1796182949817 } from './1796182949817-ExtractionConfidence';
import { LastingDocumentSources1796193888398 } from './1796193888398-LastingDocumentSources';
import { AssessmentPeriodDates1796196336009 } from './1796196336009-AssessmentPeriodDates';
import { ClaimsAndOutcomes1796200000000 } from './1796200000000-ClaimsAndOutcomes';
import { LandlordNameKeys1796300000000 } from './1796300000000-LandlordNameKeys';
import { OutcomeChangeNotices1796310000000 } from './1796310000000-OutcomeChangeNotices';
import { BenchmarkRollups1796400000000 } from './1796400000000-BenchmarkRollups';
import { Corrections1796500000000 } from './1796500000000-Corrections';
import { BenchmarkHistograms1796600000000 } from './1796600000000-BenchmarkHistograms';
import { BenchmarkPairLevels1796700000000 } from './1796700000000-BenchmarkPairLevels';

/** Every migration, oldest first. Never edit one that has landed: add another. */
export const MIGRATIONS = [
  Initial1795427436701,
  ResponseTextSearch1795427500000,
  DocumentBlobs1795427651579,
  SectorStatistics1795428104845,
  CrawlRuns1795430836374,
  ApiKeysAndFlagReviews1795432459860,
  BenchmarkReads1795434133986,
  ExtractionConfidence1796182949817,
  LastingDocumentSources1796193888398,
  AssessmentPeriodDates1796196336009,
  ClaimsAndOutcomes1796200000000,
  LandlordNameKeys1796300000000,
  OutcomeChangeNotices1796310000000,
  BenchmarkRollups1796400000000,
  Corrections1796500000000,
  BenchmarkHistograms1796600000000,
  BenchmarkPairLevels1796700000000,
];
