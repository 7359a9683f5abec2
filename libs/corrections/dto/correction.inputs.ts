import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ComplianceValue } from '../../assessments/dto/compliance.enum';

const TEXT_LIMIT = 20_000;

@InputType({ description: 'New values for a response; give at least one.' })
export class ResponseCorrectionInput {
  @Field(() => ComplianceValue, { nullable: true, description: 'The answer, as it should read.' })
  @IsOptional()
  @IsEnum(ComplianceValue)
  compliance?: ComplianceValue | null;

  @Field(() => String, { nullable: true, description: 'The evidence, as it should read.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMIT)
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: 'The commentary, as it should read.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMIT)
  commentary?: string | null;
}

@InputType({ description: 'A provision the extractor missed, or merged into another row.' })
export class ProvisionInput {
  @Field({ description: 'Its id in the document’s own edition, e.g. "6.16".' })
  @Matches(/^\d{1,2}\.\d{1,2}$/, { message: 'provision must look like "6.16"' })
  provision!: string;

  @Field(() => ComplianceValue, { description: 'Its answer.' })
  @IsEnum(ComplianceValue)
  compliance!: ComplianceValue;

  @Field({ defaultValue: '', description: 'Its evidence.' })
  @IsString()
  @MaxLength(TEXT_LIMIT)
  evidence!: string;

  @Field({ defaultValue: '', description: 'Its commentary.' })
  @IsString()
  @MaxLength(TEXT_LIMIT)
  commentary!: string;
}

@InputType({ description: 'New values for an assessment; give at least one.' })
export class AssessmentCorrectionInput {
  @Field(() => ID, { nullable: true, description: 'The registered landlord it belongs to.' })
  @IsOptional()
  @IsUUID()
  landlordId?: string | null;

  @Field(() => String, { nullable: true, description: 'The period it covers, as text.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  period?: string | null;

  @Field(() => Int, { nullable: true, description: 'The assessment year.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}

/** The note every correction carries. */
@ArgsType()
class NotedArgs {
  @Field({ description: 'Why, for the audit log.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}

@ArgsType()
export class CorrectResponseArgs extends NotedArgs {
  @Field(() => ID, { description: 'The response to correct.' })
  @IsUUID()
  id!: string;

  @Field(() => ResponseCorrectionInput, { description: 'The values as they should read.' })
  @ValidateNested()
  @Type(() => ResponseCorrectionInput)
  input!: ResponseCorrectionInput;
}

@ArgsType()
export class ResponseNoteArgs extends NotedArgs {
  @Field(() => ID, { description: 'The response.' })
  @IsUUID()
  id!: string;
}

@ArgsType()
export class AddProvisionArgs extends NotedArgs {
  @Field(() => ID, { description: 'The assessment that lacks the provision.' })
  @IsUUID()
  assessmentId!: string;

  @Field(() => ProvisionInput, { description: 'The provision’s row, as it should read.' })
  @ValidateNested()
  @Type(() => ProvisionInput)
  input!: ProvisionInput;
}

@ArgsType()
export class CorrectAssessmentArgs extends NotedArgs {
  @Field(() => ID, { description: 'The assessment to correct.' })
  @IsUUID()
  id!: string;

  @Field(() => AssessmentCorrectionInput, { description: 'The values as they should read.' })
  @ValidateNested()
  @Type(() => AssessmentCorrectionInput)
  input!: AssessmentCorrectionInput;
}
