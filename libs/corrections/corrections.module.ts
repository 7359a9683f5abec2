import { Module } from '@nestjs/common';
import { AgreementResolver } from './agreement.resolver';
import { CorrectionsResolver } from './corrections.resolver';
import { CorrectionsService } from './corrections.service';
import { ResponseCorrectionsResolver } from './response-corrections.resolver';

@Module({
  providers: [
    CorrectionsService,
    CorrectionsResolver,
    ResponseCorrectionsResolver,
    AgreementResolver,
  ],
})
export class CorrectionsModule {}
