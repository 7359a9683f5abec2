import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@ArgsType()
export class LinkNameArgs {
  @Field({ description: 'The name as an outcome source gives it.' })
  @Length(2, 200)
  name!: string;

  @Field(() => ID, { description: 'The landlord (or group) the name stands for.' })
  @IsUUID()
  landlordId!: string;
}
