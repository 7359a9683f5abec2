import { Module } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver';
import { EvidenceService } from './evidence.service';
import { FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';
import { HistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';
import { LandlordLinksResolver } from './landlord-links.resolver';
import { LandlordLinksService } from './landlord-links.service';
import { ResponsesResolver } from './responses.resolver';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  providers: [
    EvidenceService,
    AssessmentsResolver,
    ResponsesResolver,
    FlagsService,
    FlagsResolver,
    HistoryService,
    HistoryResolver,
    SearchService,
    SearchResolver,
    LandlordLinksService,
    LandlordLinksResolver,
  ],
})
export class AssessmentsModule {}
