import { Module } from '@nestjs/common';
import { LandlordsResolver } from './landlords.resolver';
import { LandlordsService } from './landlords.service';

@Module({ providers: [LandlordsService, LandlordsResolver] })
export class LandlordsModule {}
