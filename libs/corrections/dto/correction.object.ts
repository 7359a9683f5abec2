import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { CorrectionKindValue, CorrectionStatusValue } from './correction-kind.enum';

@ObjectType('Correction', {
  description:
    'An analyst’s correction of what was read from a document, as the audit log keeps it.',
})
export class CorrectionObject {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field(() => CorrectionKindValue, { description: 'What was corrected.' })
  kind!: CorrectionKindValue;

  @Field(() => CorrectionStatusValue, { description: 'Whether it is in force.' })
  status!: CorrectionStatusValue;

  @Field(() => ID, {
    description: 'The assessment it applies to (the newest version it was carried over to).',
  })
  assessmentId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The response it concerns; null for the assessment’s own values or a row removed.',
  })
  responseId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The provision it concerns; null for the assessment’s own values.',
  })
  provision!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as JSON (a string, number, row object or null).',
  })
  oldValue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after, as JSON (a string, number, row object or null).',
  })
  newValue!: string | null;

  @Field({ description: 'Why, in the analyst’s words.' })
  note!: string;

  @Field({ description: 'Who made it: the API key’s (or dashboards session’s) name.' })
  correctedBy!: string;

  @Field({ description: 'Their role when they made it.' })
  correctedByRole!: string;

  @Field({ description: 'When it was made.' })
  correctedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was undone, if it was.' })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who undid it, if anyone did.' })
  undoneBy!: string | null;

  @Field({ description: 'Whether a new version of the document dropped it.' })
  dropped!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was dropped, if it was.' })
  droppedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was dropped: what the new version of the document reads instead.',
  })
  droppedReason!: string | null;
}

@ObjectType({ description: 'A page of corrections.' })
export class CorrectionConnection extends ConnectionType(CorrectionObject, 'Correction') {}
