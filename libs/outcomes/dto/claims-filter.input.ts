import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SectorFilterInput } from '../../landlords/dto/landlord-filter.input';

@InputType({
  description:
    'Which flags: the sector filter (on landlords and their current assessments), provisions and measures; leave a field out for all.',
})
export class ClaimsFilterInput extends SectorFilterInput {
  @Field(() => [String], { nullable: true, description: '2024 provisions, e.g. "6.3".' })
  @IsOptional()
  @Matches(/^\d{1,2}\.\d{1,2}$/, { each: true, message: 'provisions must look like "6.3"' })
  provisions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Measures, e.g. "CH02 stage 1".' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  measures?: string[] | null;
}
