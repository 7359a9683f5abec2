import type { Compliance } from '@ingest/core';

/** The kinds of sentence issue 13 asks the boilerplate judgement to tell apart. */
export type VariantClass =
  | 'pointer'
  | 'pointer with detail'
  | 'admission'
  | 'dated plan'
  | 'practice'
  | 'policy quotation'
  | 'restatement'
  | 'hypothetical';

/** A sentence written by construction, labelled by its class. */
export interface Variant {
  kind: VariantClass;
  text: string;
  requirement: string;
  compliance: Compliance;
  boilerplate: boolean;
}

/**
 * Four banks of wording per slot, each written without looking at the corpus files, and
 * each scored first against the rules as they stood when it was written:
 * - "tuning": the rules were developed on it;
 * - "heldOut": first scored precision 0.983, recall 0.952 (pointers led by "Evidenced at",
 *   plain job titles as actors), then fixed;
 * - "fresh": first scored precision 0.835, recall 0.768 (pointers led by any verb, practice
 *   with unlisted actors and verbs), then fixed by rules of shape, not by word lists;
 * - "unseen": written last, first scored precision 0.992, recall 0.944 ("s.4.1", a
 *   caseworker as the new subject, "nothing … yet", a relative clause read as a gap).
 */
export type Bank = 'tuning' | 'heldOut' | 'fresh' | 'unseen';
type Slots = Record<Bank, readonly string[]>;

const REQUIREMENTS = {
  stages:
    'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  publish:
    'Landlords must make their complaint handling policy available in a clear and accessible format and publish it on their website.',
  acknowledge:
    'Complaints must be acknowledged and logged at stage 1 within five working days of receipt.',
  single: 'Landlords must have a single complaints policy with a two stage process.',
};

const S = {
  pointerLead: {
    tuning: ['See', 'Please see', 'Refer to', 'Please refer to', 'As per', 'Covered in'],
    heldOut: ['Reference:', 'Evidenced at', 'Per', 'Found at', 'Detailed at', 'Refer'],
    fresh: ['Look at', 'Check', 'Documented in', 'Shown at', 'Set out at', 'Evidence:'],
    unseen: ['Consult', 'Read', 'Cross-reference:', 'Outlined at', 'Contained in', 'Noted at'],
  },
  locator: {
    tuning: ['paragraph 4.2', 'page 7', 'clause 12', 'section 3.1', 'point 2.4', 'part B'],
    heldOut: ['appendix 2', 'para 6.3', 'pages 4-5', 'section 9', 'clause 3.2(a)', 'item 14'],
    fresh: ['chapter 3', 'section 2.2', 'page 15', 'para 11', 'annex B', 'point 7'],
    unseen: ['s.4.1', 'paragraph 19', 'page 2', 'section 7(b)', 'appendix F', 'clause 1.1'],
  },
  document: {
    tuning: ['our Complaints Policy', 'the Complaint Procedure', 'the Resident Handbook'],
    heldOut: ['the Customer Feedback Policy', 'our Compensation Policy', 'the Tenancy Handbook'],
    fresh: ['the Tenant Engagement Strategy', 'our Vulnerability Policy', 'the Customer Promise'],
    unseen: ['the Repairs Policy', 'our Customer Care Standards', 'the Complaints Manual'],
  },
  bareTitle: {
    tuning: [
      'Our annual complaints report refers.',
      'The complaints policy.',
      'Housing Act 1996.',
      'As 5.1.',
      'See above.',
    ],
    heldOut: [
      'Our customer charter refers.',
      'Complaints and compensation policies.',
      'Equality Act 2010.',
      'Same as for 6.4.',
      'As above.',
    ],
    fresh: [
      'The Housing Ombudsman Scheme.',
      'Our complaints and learning review refers.',
      'Refer to previous answer.',
      'As per 3.3 above.',
      'The Data Protection Act 2018.',
    ],
    unseen: [
      'Our Tenant Involvement Strategy.',
      'See previous response.',
      'As answered at 2.2.',
      'The Localism Act 2011.',
      'Policy available on request.',
    ],
  },
  detail: {
    tuning: [
      'the income team phones every resident whose complaint is about arrears before replying',
      'stage 1 letters are checked by a team leader before they are sent',
      'a caseworker visits the home when the complaint concerns damp',
    ],
    heldOut: [
      'the repairs desk emails the contractor the same afternoon a complaint names them',
      'closure calls are made by a supervisor who listens back to the recorded call',
      'a welfare officer meets residents in person where they ask for it',
    ],
    fresh: [
      'the lettings officer texts the tenant a summary after each call',
      'surveyors photograph the defect and attach the photos to the case',
      'the night porter logs any complaint in the concierge book',
    ],
    unseen: [
      'gas engineers leave a card with the complaints number at every job',
      'tenancy staff hand the new tenant a printed guide at sign-up',
      'the estates supervisor walks the block with the resident who complained',
    ],
  },
  gap: {
    tuning: [
      'This is not yet reflected in our policy.',
      'We do not currently record the reason for an extension.',
      'There is no written procedure for this at present.',
      'Our letters do not always give the Ombudsman details.',
    ],
    heldOut: [
      'The policy has not yet been updated to say this.',
      'We are not meeting this consistently.',
      'We have no guidance on this for staff.',
      'Residents are not routinely told of their right to escalate.',
    ],
    fresh: [
      'Our website does not yet explain how to escalate.',
      'The leaflet has not been translated.',
      'We are not currently offering a video call option.',
      'There is no easy-read version of the policy at present.',
    ],
    unseen: [
      'Nothing in our procedure covers this yet.',
      'Extension letters are not currently sent.',
      'The self-assessment has not been shared with the Board.',
      'We cannot yet report complaints by category.',
    ],
  },
  plan: {
    tuning: [
      'The wording will be added at the next policy review in spring 2026.',
      'We plan to publish the policy in large print by March 2026.',
      'An easy-read version is due to be produced in the next quarter.',
    ],
    heldOut: [
      'Board will approve the revised section in June 2026.',
      'We intend to train all repairs staff by the end of 2025.',
      'A new extension letter is scheduled for the coming year.',
    ],
    fresh: [
      'A large-print leaflet will be printed by July 2026.',
      'We aim to add a web form during the next financial year.',
      'The template is to be revised at the forthcoming policy review.',
    ],
    unseen: [
      'We will publish the Welsh translation in April 2026.',
      'A resident panel review is planned for next year.',
      'The new form goes live by the end of Q3.',
    ],
  },
  actor: {
    tuning: ['Our call handlers', 'The Tenancy Services Team', 'Neighbourhood officers'],
    heldOut: ['The Resident Liaison Unit', 'Housing advisers', 'Our out-of-hours contractor'],
    fresh: ['Estate caretakers', 'The Income Recovery Team', 'Our call centre agents'],
    unseen: [
      'Grounds maintenance crews',
      'The Homeownership Team',
      'Our sheltered scheme managers',
    ],
  },
  act: {
    tuning: [
      'log every grievance raised at a tenancy visit and ring the resident the next day',
      'pass any comment that reads as dissatisfaction to the complaints inbox',
      'check with the resident what outcome they want before writing',
    ],
    heldOut: [
      'forward messages received through the web chat to complaints staff',
      'offer a home visit to residents who cannot use the phone',
      'explain the escalation route when closing a repair that went wrong',
    ],
    fresh: [
      'report any complaint raised in passing to the tenancy officer on the same day',
      'ask each resident at the end of the call whether anything else is wrong',
      'send the resident a text confirming who will handle the case',
    ],
    unseen: [
      'note any complaint a resident raises on site and pass it on that evening',
      'read back the complaint to the resident before closing the call',
      'write to leaseholders explaining how to escalate',
    ],
  },
  quote: {
    tuning: [
      "Complaints Policy clause 3.2: 'Every complaint will be acknowledged and logged within five working days.'",
      'Our procedure states that: complaints are acknowledged and logged at stage 1 within five working days.',
    ],
    heldOut: [
      'Clause 4.3 of the Complaints Procedure reads: "We will not treat a first request for a repair as a complaint."',
      "Paragraph 6 of our policy says: 'Any resident may ask for their complaint to be escalated to stage 2.'",
    ],
    fresh: [
      "Clause 6.1 of our procedure: 'Each complaint is acknowledged and logged by the complaints team within five working days.'",
      'Our policy at section 4 reads: "We acknowledge stage 1 complaints and log them within five working days."',
    ],
    unseen: [
      "Section 5.2 of the procedure: 'Stage 1 complaints are logged and acknowledged in writing within five working days of receipt.'",
      'Our policy states: "we will always log and acknowledge a complaint within five working days".',
    ],
  },
  restatementSubject: {
    tuning: ['A second officer', 'Another member of staff', 'A separate manager'],
    heldOut: ['An independent colleague', 'A new officer', 'A different person'],
    fresh: ['Someone else', 'A more senior officer', 'An individual not involved at stage 1'],
    unseen: ['A manager who was not involved', 'A different investigator', 'Another caseworker'],
  },
  restatementVerb: {
    tuning: ['takes stage 2', 'considers stage 2 complaints'],
    heldOut: ['reviews complaints at stage 2', 'deals with stage 2'],
    fresh: ['considers stage 2', 'handles the complaint at stage 2'],
    unseen: ['looks at stage 2', 'deals with stage 2 complaints'],
  },
  single: {
    tuning: [
      'All complaints follow one policy of two stages.',
      'There is a single complaints process with two stages.',
    ],
    heldOut: [
      'Our single policy has a two stage process.',
      'We operate one procedure with two stages.',
    ],
    fresh: [
      'We run one complaints procedure of two stages.',
      'Our complaints process is a single two stage process.',
    ],
    unseen: [
      'There is one policy and it has two stages.',
      'Complaints go through a single two stage procedure.',
    ],
  },
  hypothetical: {
    tuning: [
      'If a response could not be sent in time, we would write to the resident.',
      'Should we need longer, the resident would be told.',
      'Were a complaint to be late, a manager would contact the resident.',
      'In the event that a resident asks, we would arrange a visit.',
    ],
    heldOut: [
      'Should a resident be unhappy with the reply, they could ask for stage 2.',
      'If this happened, our staff would apologise and explain.',
      'We might offer a meeting where the case needed it.',
      'Had the extension been needed, the officer would have agreed it with the resident.',
    ],
    fresh: [
      'Should there be a delay, we would explain why.',
      'If a resident wanted it, a meeting could be arranged.',
      'Where the deadline might be missed, the team would agree an extension.',
      'In the unlikely event of a delay, staff would call the resident.',
    ],
    unseen: [
      'Were we unable to meet the timescale, we would tell the resident.',
      'If asked, we could provide the policy in Braille.',
      'Should any complaint be received by post, it would be scanned.',
      'A delay would be explained in writing.',
    ],
  },
} satisfies Record<string, Slots>;

function product(...lists: (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])),
    [[]],
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every variant of one bank, in a fixed order: the same list on every run. */
export function evidenceVariants(bank: Bank): Variant[] {
  const v = (
    kind: VariantClass,
    text: string,
    boilerplate: boolean,
    requirement = REQUIREMENTS.acknowledge,
  ): Variant => ({ kind, text, requirement, compliance: 'yes', boilerplate });
  const b = <K extends keyof typeof S>(slot: K) => S[slot][bank];
  return [
    ...product(b('pointerLead'), b('locator'), b('document')).map(([lead, at, doc]) =>
      v('pointer', `${lead} ${at} of ${doc}.`, true),
    ),
    ...b('bareTitle').map((text) => v('pointer', text, true)),
    ...product(b('locator'), b('document'), b('detail')).map(([at, doc, detail]) =>
      v('pointer with detail', `${capitalise(at!)} of ${doc}: ${detail}.`, false),
    ),
    ...b('gap').map((text) => v('admission', text, false)),
    ...b('plan').map((text) => v('dated plan', text, false)),
    ...product(b('actor'), b('act')).map(([who, act]) => v('practice', `${who} ${act}.`, false)),
    ...b('quote').map((text) => v('policy quotation', text, false)),
    ...product(b('restatementSubject'), b('restatementVerb')).map(([who, verb]) =>
      v('restatement', `${who} ${verb}.`, true, REQUIREMENTS.stages),
    ),
    ...b('single').map((text) => v('restatement', text, true, REQUIREMENTS.single)),
    ...b('hypothetical').map((text) => v('hypothetical', text, true, REQUIREMENTS.publish)),
  ];
}
