import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DatasetColumn')
export class DatasetColumnObject {
  @Field() name!: string;
  @Field({ description: 'string, integer, number, boolean, date or timestamp.' }) type!: string;
  @Field() description!: string;
}

@ObjectType('DatasetDescription')
export class DatasetDescriptionObject {
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'What one row is.' }) grain!: string;
  @Field(() => [DatasetColumnObject]) columns!: DatasetColumnObject[];
}

@ObjectType('ExportFilterDescription')
export class ExportFilterDescriptionObject {
  @Field() name!: string;
  @Field() description!: string;
}

@ObjectType('DataDictionary', {
  description: 'What the exports at /api/exports/<dataset>.<format> contain.',
})
export class DataDictionaryObject {
  @Field(() => [String]) formats!: string[];
  @Field(() => [ExportFilterDescriptionObject]) filters!: ExportFilterDescriptionObject[];
  @Field(() => [DatasetDescriptionObject]) datasets!: DatasetDescriptionObject[];
}
