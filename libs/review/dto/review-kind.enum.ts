import { registerEnumType } from '@nestjs/graphql';
import { ReviewKind } from '../review-order';

registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  description: 'Why an item is in the review queue; the queue lists the kinds in this order.',
  valuesMap: {
    LOW_CONFIDENCE: {
      description:
        'An assessment extracted with low confidence: its answers may not have been read.',
    },
    CONTRADICTION: { description: 'An answer whose own commentary or evidence contradicts it.' },
    CLAIMS_VS_OUTCOMES: {
      description:
        'A Yes that the landlord’s published outcomes (TSM, Ombudsman findings) put in doubt.',
    },
    THIN_RECORD_FLAG: {
      description:
        'A flag (boilerplate…) on a landlord with few assessments stored, so no earlier answer can confirm it.',
    },
    UNMATCHED_NAME: {
      description: 'A landlord name in the imported outcome files that matches no landlord.',
    },
  },
});

export { ReviewKind };
