import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { IsProvision2024 } from '../../benchmarks/dto/benchmark-args';
import { PageArgs } from '../../graphql/page.args';

@ArgsType()
export class ProvisionEvidenceArgs extends PageArgs {
  @Field({ description: 'A 2024 provision, e.g. "5.8".' })
  @IsString()
  @IsProvision2024()
  provision!: string;
}
