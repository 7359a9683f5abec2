import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsResolver } from './exports.resolver';
import { ExportsService } from './exports.service';

@Module({
  providers: [ExportsService, ExportsResolver],
  controllers: [ExportsController],
  exports: [ExportsService],
})
export class ExportsModule {}
