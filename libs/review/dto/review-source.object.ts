import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReviewSourceFormat {
  PDF = 'pdf',
  HTML = 'html',
  WORD = 'docx',
  TEXT = 'text',
}

registerEnumType(ReviewSourceFormat, {
  name: 'ReviewSourceFormat',
  description: 'The format of the document a response was read from.',
  valuesMap: {
    PDF: { description: 'A PDF: show `page` of the document’s bytes.' },
    HTML: { description: 'A web page: `html` is the row as published, made safe to show.' },
    WORD: { description: 'A Word document: `text` is the row as it was read.' },
    TEXT: { description: 'A text file: `text` is the line the row was found on.' },
  },
});

@ObjectType('ReviewSource', {
  description: 'Where a response was read from, to show beside the values extracted from it.',
})
export class ReviewSourceObject {
  @Field(() => ReviewSourceFormat, { description: 'The document’s format.' })
  format!: ReviewSourceFormat;

  @Field({ description: 'SHA-256 of the document’s bytes.' })
  sha256!: string;

  @Field({
    description:
      'Where the document’s bytes are served (GET; an analyst key for local files and uploads).',
  })
  downloadPath!: string;

  @Field(() => Int, { nullable: true, description: 'The page of a PDF the row is on (from 1).' })
  page!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a web page, the published row or block, reduced to text formatting and table cells (no script, link, image or attribute but cell spans); null when the row could not be found.',
  })
  html!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a Word or text document, the row’s text; null when the row could not be found.',
  })
  text!: string | null;
}
