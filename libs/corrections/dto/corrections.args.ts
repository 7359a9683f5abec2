import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../graphql/page.args';
import { CorrectionKindValue } from './correction-kind.enum';

@ArgsType()
export class CorrectionsArgs extends PageArgs {
  @Field(() => CorrectionKindValue, {
    nullable: true,
    description: 'Only corrections of this kind.',
  })
  @IsOptional()
  @IsEnum(CorrectionKindValue)
  kind?: CorrectionKindValue | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this assessment.' })
  @IsOptional()
  @IsUUID()
  assessmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this response.' })
  @IsOptional()
  @IsUUID()
  responseId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those in force (true), or only those undone or dropped (false).',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class CorrectionIdArgs {
  @Field(() => ID, { description: 'The correction.' })
  @IsUUID()
  id!: string;
}
