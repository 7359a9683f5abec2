import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { ComplianceValue } from './compliance.enum';

@InputType({ description: 'Which responses of an assessment; leave a field out for all.' })
export class ResponseFilterInput {
  @Field(() => [ComplianceValue], { nullable: true, description: 'Only these answers.' })
  @IsOptional()
  @IsEnum(ComplianceValue, { each: true })
  compliance?: ComplianceValue[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only responses flagged boilerplate (true) or not (false).',
  })
  @IsOptional()
  @IsBoolean()
  boilerplate?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Provisions, in either numbering.' })
  @IsOptional()
  @IsString({ each: true })
  provisions?: string[] | null;
}
