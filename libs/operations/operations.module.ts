import { Module } from '@nestjs/common';
import { OperationsResolver } from './operations.resolver';
import { OperationsService } from './operations.service';
import { UploadsController } from './uploads.controller';

@Module({
  providers: [OperationsService, OperationsResolver],
  controllers: [UploadsController],
})
export class OperationsModule {}
