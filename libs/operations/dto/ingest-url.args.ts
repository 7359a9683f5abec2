import { ArgsType, Field } from '@nestjs/graphql';
import { IsUrl } from 'class-validator';

@ArgsType()
export class IngestUrlArgs {
  @Field({ description: 'An http(s) URL of a self-assessment (PDF, Word or web page).' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  url!: string;
}
