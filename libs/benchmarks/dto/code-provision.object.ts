import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CodeEditionValue } from '../../assessments/dto/assessment-enums';

@ObjectType('CodeProvision', { description: 'A provision of the Complaint Handling Code.' })
export class CodeProvisionObject {
  @Field({ description: 'Its number in its own edition, e.g. "5.8".' }) id!: string;
  @Field(() => CodeEditionValue, { description: 'The edition it belongs to.' })
  edition!: CodeEditionValue;
  @Field(() => Int, { description: 'The section it belongs to.' }) section!: number;
  @Field({ description: 'That section’s title.' }) sectionTitle!: string;
  @Field({ description: 'What it asks for, in plain words.' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Its 2024 equivalent.' }) id2024!:
    string | null;
}
