import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class MarkFlagWrongArgs {
  @Field(() => ID, { description: 'The flag to overrule.' })
  @IsUUID()
  flagId!: string;

  @Field({ description: 'Why the flag is wrong, for the record.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}
