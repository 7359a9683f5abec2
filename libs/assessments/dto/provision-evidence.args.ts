import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { PageArgs } from '../../graphql/page.args';

@ArgsType()
export class ProvisionEvidenceArgs extends PageArgs {
  @Field({ description: 'A 2024 provision, e.g. "5.8".' })
  @IsString()
  @Matches(/^\d{1,2}\.\d{1,2}$/, { message: 'provision must look like "5.8"' })
  provision!: string;
}
