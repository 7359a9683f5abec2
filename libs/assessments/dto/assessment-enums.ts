import { registerEnumType } from '@nestjs/graphql';

// Each enum's values are the stored ones, so the API maps them at the edge and the database
// keeps its text. GraphQL names may not start with a digit: editions are CODE_2024 and so on.

export enum CodeEditionValue {
  CODE_2024 = '2024',
  CODE_2022 = '2022',
  CODE_2020 = '2020',
}

registerEnumType(CodeEditionValue, {
  name: 'CodeEdition',
  description: 'An edition of the Housing Ombudsman’s Complaint Handling Code.',
  valuesMap: {
    CODE_2024: { description: 'The 2024 Code, statutory from April 2024.' },
    CODE_2022: { description: 'The 2022 Code, mapped onto 2024 provisions where one exists.' },
    CODE_2020: { description: 'The 2020 Code, recognised but not mapped.' },
  },
});

export enum RagValue {
  GREEN = 'green',
  AMBER = 'amber',
  RED = 'red',
}

registerEnumType(RagValue, {
  name: 'Rag',
  description: 'A red, amber or green rating a landlord gave its own answer.',
  valuesMap: {
    GREEN: { description: 'Rated green: met.' },
    AMBER: { description: 'Rated amber: partly met or in progress.' },
    RED: { description: 'Rated red: not met.' },
  },
});

export enum FlagKindValue {
  BOILERPLATE = 'boilerplate',
  CONTRADICTION = 'contradiction',
  UNSUPPORTED = 'unsupported',
}

registerEnumType(FlagKindValue, {
  name: 'FlagKind',
  description: 'What a flag says about a response.',
  valuesMap: {
    BOILERPLATE: { description: 'The evidence is standard wording that shows nothing specific.' },
    CONTRADICTION: { description: 'The evidence or commentary contradicts the answer.' },
    UNSUPPORTED: { description: 'A yes or partial answer with no evidence at all.' },
  },
});

export enum ContradictionKindValue {
  YES_BUT_ADMITS_GAP = 'yes_but_admits_gap',
  NO_BUT_CLAIMS_COMPLIANCE = 'no_but_claims_compliance',
}

registerEnumType(ContradictionKindValue, {
  name: 'ContradictionKind',
  description: 'Which way an answer and its own words disagree.',
  valuesMap: {
    YES_BUT_ADMITS_GAP: { description: 'Answered yes, but the words admit a gap.' },
    NO_BUT_CLAIMS_COMPLIANCE: { description: 'Answered no, but the words claim compliance.' },
  },
});

export enum ConfidenceLevelValue {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}

registerEnumType(ConfidenceLevelValue, {
  name: 'ConfidenceLevel',
  description: 'How far an extraction can be trusted as it stands.',
  valuesMap: {
    HIGH: { description: 'The form was read as expected.' },
    MEDIUM: { description: 'Read, with some cells guessed or provisions missing.' },
    LOW: { description: 'Its answers may not have been read: check before trusting it.' },
  },
});

export enum DocumentOutcomeValue {
  EXTRACTED = 'extracted',
  FAILED = 'failed',
  NOT_AN_ASSESSMENT = 'not_an_assessment',
}

registerEnumType(DocumentOutcomeValue, {
  name: 'DocumentOutcome',
  description: 'What became of a fetched or uploaded document.',
  valuesMap: {
    EXTRACTED: { description: 'Read as a self-assessment and stored.' },
    FAILED: { description: 'Could not be read; `error` says why.' },
    NOT_AN_ASSESSMENT: { description: 'Read, but it is not a Code self-assessment.' },
  },
});
