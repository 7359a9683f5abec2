import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CodeProvision', { description: 'A provision of the Complaint Handling Code.' })
export class CodeProvisionObject {
  @Field() id!: string;
  @Field() edition!: string;
  @Field(() => Int) section!: number;
  @Field() sectionTitle!: string;
  @Field({ description: 'What it asks for, in plain words.' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Its 2024 equivalent.' }) id2024!:
    string | null;
}
