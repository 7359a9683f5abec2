import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DatasetColumn', { description: 'One column of a dataset.' })
export class DatasetColumnObject {
  @Field({ description: 'The column’s name.' }) name!: string;
  @Field({ description: 'string, integer, number, boolean, date or timestamp.' }) type!: string;
  @Field({ description: 'What it holds.' }) description!: string;
}

@ObjectType('DatasetDescription', { description: 'One exportable dataset.' })
export class DatasetDescriptionObject {
  @Field({ description: 'The dataset’s name, as in the export URL.' }) name!: string;
  @Field({ description: 'What it holds.' }) description!: string;
  @Field({ description: 'What one row is.' }) grain!: string;
  @Field(() => [DatasetColumnObject], { description: 'Its columns, in order.' })
  columns!: DatasetColumnObject[];
}

@ObjectType('ExportFilterDescription', { description: 'One filter the exports take.' })
export class ExportFilterDescriptionObject {
  @Field({ description: 'The query parameter.' }) name!: string;
  @Field({ description: 'What it selects.' }) description!: string;
}

@ObjectType('DataDictionary', {
  description: 'What the exports at /api/exports/<dataset>.<format> contain.',
})
export class DataDictionaryObject {
  @Field(() => [String], { description: 'Formats: csv, jsonl, parquet.' }) formats!: string[];
  @Field(() => [ExportFilterDescriptionObject], { description: 'Filters every export takes.' })
  filters!: ExportFilterDescriptionObject[];
  @Field(() => [DatasetDescriptionObject], { description: 'Every dataset.' })
  datasets!: DatasetDescriptionObject[];
}
