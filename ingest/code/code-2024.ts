import type { CodeProvision, CodeSection } from './provision';

export const SECTIONS_2024: readonly CodeSection[] = [
  { number: 1, title: 'Definition of a complaint' },
  { number: 2, title: 'Exclusions' },
  { number: 3, title: 'Accessibility and awareness' },
  { number: 4, title: 'Complaint handling staff' },
  { number: 5, title: 'The complaint handling process' },
  { number: 6, title: 'Complaints stages' },
  { number: 7, title: 'Putting things right' },
  { number: 8, title: 'Self-assessment, reporting and compliance' },
  { number: 9, title: 'Scrutiny and oversight: continuous learning and improvement' },
];

/** [id, summary in our words, distinguishing keywords] for every 2024 provision. */
const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  [
    '1.1',
    'Handling starts as soon as dissatisfaction is recognised.',
    'identify dissatisfaction start',
  ],
  [
    '1.2',
    'Use the Ombudsman wording for what counts as a complaint.',
    'defined expression dissatisfaction however made standard service actions lack behalf group',
  ],
  [
    '1.3',
    'No need to say "complaint"; offer the choice to complain; third-party complaints follow the policy.',
    'word choice third party representative treated such',
  ],
  [
    '1.4',
    'Tell service requests from complaints in the policy, and record and review service requests.',
    'service request difference recorded monitored reviewed regularly put something right',
  ],
  [
    '1.5',
    'Dissatisfaction with a service-request response is raised as a complaint without stopping the request.',
    'raised response service request ongoing stop efforts address',
  ],
  [
    '1.6',
    'Survey feedback is not a complaint, but people surveyed are told how to complain.',
    'survey wider feedback pursue completing person aware',
  ],
  [
    '2.1',
    'Accept complaints unless there is a good, evidenced reason; judge each on its merits.',
    'accept valid reason evidence reasoning own merits',
  ],
  [
    '2.2',
    'The policy lists fair and reasonable exclusions.',
    'circumstances exclusions acceptable escalated fair reasonable twelve months legal proceedings previously considered',
  ],
  [
    '2.3',
    'Accept complaints within 12 months of the issue and use discretion beyond it.',
    '12 months aware discretion outside time limit excluded other grounds',
  ],
  [
    '2.4',
    'Explain a refusal and the right to take it to the Ombudsman.',
    'not accept explanation suitable right decision ombudsman agree exclusion',
  ],
  [
    '2.5',
    'No blanket exclusions; look at individual circumstances.',
    'blanket approach excluding individual circumstances',
  ],
  [
    '3.1',
    'Several easy channels to complain; Equality Act needs and reasonable adjustments.',
    'easy channels equality act anticipate needs reasonable adjustments access',
  ],
  [
    '3.2',
    'Complaints can be made any way to any member of staff, who passes them on.',
    'any way any member staff aware pass details appropriate person',
  ],
  [
    '3.3',
    'Many complaints are not a bad sign; few may mean residents cannot complain.',
    'high volumes negative low volumes well-publicised indicative unable',
  ],
  [
    '3.4',
    'An accessible, published policy describing the two stages and timescales.',
    'clear accessible format two-stage timeframes published website',
  ],
  [
    '3.5',
    'The policy says how it will be publicised, including the Ombudsman and the Code.',
    'publicise details information ombudsman this code explain',
  ],
  [
    '3.6',
    'Residents may have a representative and be accompanied at meetings.',
    'representative behalf accompanied meeting represented',
  ],
  [
    '3.7',
    "Tell residents about their right to use the Ombudsman's service.",
    'right access ombudsman service engage individual',
  ],
  [
    '4.1',
    'A named person or team is responsible for complaints and reports to the governing body.',
    'person team assigned responsibility liaison complaints officer governing body reported',
  ],
  [
    '4.2',
    'The complaints officer can reach staff at every level and has authority to resolve.',
    'access staff all levels authority autonomy prompt resolution',
  ],
  [
    '4.3',
    'Complaint handling is a resourced core service with trained staff and a learning culture.',
    'prioritise culture learning trained core service resourced',
  ],
  [
    '5.1',
    'One complaints policy, and no worse treatment for those who complain.',
    'single policy treated differently',
  ],
  [
    '5.2',
    'Resolve early and locally, with no extra named stages.',
    'early local resolution extra named stages stage 0 informal confusion',
  ],
  ['5.3', 'Never more than two stages.', 'more than two stages not acceptable unduly long delay'],
  [
    '5.4',
    'Third-party responses sit inside the two-stage process.',
    'third party contractor independent adjudicator two stage form part',
  ],
  [
    '5.5',
    'The landlord answers for third parties handling complaints in line with the Code.',
    'responsible ensuring third parties handle line code',
  ],
  [
    '5.6',
    'Set out the complaint definition and the outcome sought, and clarify unclear points.',
    'understanding outcomes seeking complaint definition unclear clarification',
  ],
  [
    '5.7',
    'Say which parts of the complaint the landlord is and is not responsible for.',
    'acknowledged which aspects responsible clarify areas',
  ],
  [
    '5.8',
    'Handlers act on the merits, independently, fairly, and keep residents informed.',
    'merits independently open mind fair chance conflicts interest inform',
  ],
  [
    '5.9',
    'Agree update intervals when a response will be late.',
    'fall outside timescales agree suitable intervals keeping informed',
  ],
  [
    '5.10',
    'Make and record reasonable adjustments and disclosed disabilities.',
    'reasonable adjustments record disabilities disclosed equality act agreed',
  ],
  [
    '5.11',
    'Only refuse escalation for valid, explained reasons.',
    'refuse escalate all stages valid reasons section 2',
  ],
  [
    '5.12',
    'Keep a full record of each complaint and its outcomes.',
    'full record kept correspondence date received supporting documentation',
  ],
  [
    '5.13',
    'Remedies can be given at any stage without escalation.',
    'remedied any stage remedies without need escalation',
  ],
  [
    '5.14',
    'Policies for unacceptable behaviour, with evidenced and reviewed restrictions.',
    'unacceptable behaviour restrictions regular review',
  ],
  [
    '5.15',
    'Contact restrictions are proportionate and respect the Equality Act.',
    'restrictions contact proportionate regard equality act',
  ],
  [
    '6.1',
    'Decide which complaints can be answered early and which need investigation.',
    'early possible further investigation complexity vulnerable',
  ],
  [
    '6.2',
    'Acknowledge, define and log stage 1 within five working days.',
    'acknowledged defined logged stage 1 five working days received',
  ],
  [
    '6.3',
    'Full stage 1 response within 10 working days of acknowledgement.',
    'full response stage 1 10 working days acknowledged',
  ],
  [
    '6.4',
    'Stage 1 extensions: decide, tell the resident, at most 10 more days.',
    'extension timescale expected no more than 10 working days good reason',
  ],
  [
    '6.5',
    'Give Ombudsman contact details when extending a stage 1 timescale.',
    'informs extension timescales contact details ombudsman organisation',
  ],
  [
    '6.6',
    'Answer stage 1 when the answer is known and track outstanding actions.',
    'answer known outstanding actions tracked updates',
  ],
  [
    '6.7',
    'Stage 1: address every point with reasons and references.',
    'address all points reasons decisions referencing policy law good practice',
  ],
  [
    '6.8',
    'New related issues join the stage 1 response; unrelated ones are logged separately.',
    'additional complaints investigation incorporated related unrelated new complaint',
  ],
  [
    '6.9',
    'Stage 1 outcome in writing: stage, definition, decision, reasons, remedy, actions, escalation.',
    'confirm writing completion stage 1 plain language decision remedy escalate',
  ],
  [
    '6.10',
    'Unresolved stage 1 complaints go to stage 2, the final response.',
    'not resolved satisfaction progressed stage 2 final response',
  ],
  [
    '6.11',
    'Acknowledge, define and log stage 2 requests within five working days.',
    'requests stage 2 acknowledged defined logged five working days escalation request',
  ],
  [
    '6.12',
    'Residents need not explain why they escalate.',
    'not required explain reasons requesting stage 2 unhappy',
  ],
  ['6.13', 'A different person handles stage 2.', 'person considering stage 2 not same stage 1'],
  [
    '6.14',
    'Final stage 2 response within 20 working days of acknowledgement.',
    'final response stage 2 20 working days acknowledged',
  ],
  [
    '6.15',
    'Stage 2 extensions: decide, tell the resident, at most 20 more days.',
    'extension timescale expected no more than 20 working days good reason',
  ],
  [
    '6.16',
    'Give Ombudsman contact details when extending a stage 2 timescale.',
    'informs extension timescales contact details ombudsman organisation',
  ],
  [
    '6.17',
    'Answer stage 2 when the answer is known and track outstanding actions.',
    'answer known outstanding actions tracked updates',
  ],
  [
    '6.18',
    'Stage 2: address every point with reasons and references.',
    'address all points reasons decisions referencing policy law good practice',
  ],
  [
    '6.19',
    'Stage 2 outcome in writing, including the right to go to the Ombudsman.',
    'confirm writing completion stage 2 plain language decision ombudsman',
  ],
  [
    '6.20',
    'Stage 2 is final and involves all the staff it needs.',
    'stage 2 final response involve suitable staff members',
  ],
  [
    '7.1',
    'Acknowledge what went wrong and what is being done to put it right.',
    'gone wrong acknowledge put things right apologising explanation',
  ],
  [
    '7.2',
    'Remedies reflect the impact of the fault on the resident.',
    'remedy offered reflect impact fault identified',
  ],
  [
    '7.3',
    'Remedy offers say what happens and when, and are carried through.',
    'remedy offer what will happen when agreement followed through completion',
  ],
  [
    '7.4',
    "Follow the Ombudsman's remedies guidance.",
    'account guidance issued ombudsman appropriate remedies',
  ],
  [
    '8.1',
    'An annual complaints performance and service improvement report.',
    'annual complaints performance service improvement report scrutiny challenge self-assessment',
  ],
  [
    '8.2',
    'The annual report goes to the governing body and is published with its response.',
    'reported governing body published website response report',
  ],
  [
    '8.3',
    'Reassess after a restructure, merger or change in procedures.',
    'significant restructure merger change procedures',
  ],
  [
    '8.4',
    'Review the self-assessment after an Ombudsman investigation if asked.',
    'asked review update self-assessment ombudsman investigation',
  ],
  [
    '8.5',
    'Tell the Ombudsman and residents when exceptional circumstances stop compliance.',
    'unable comply exceptional circumstances cyber incident inform timescale',
  ],
  [
    '9.1',
    'Look beyond the single complaint for service improvements.',
    'look beyond circumstances individual service improvements learning',
  ],
  [
    '9.2',
    'Use complaints as intelligence for positive change.',
    'positive culture integral effectiveness source intelligence changes service delivery',
  ],
  [
    '9.3',
    'Report learning and improvements back to stakeholders.',
    'accountability transparency report back wider learning stakeholders panels committees',
  ],
  [
    '9.4',
    'A senior lead accountable for complaints who watches themes and risks.',
    'senior lead person accountable themes trends systemic issues',
  ],
  [
    '9.5',
    'A governing-body Member Responsible for Complaints.',
    'member governing body appointed lead responsibility mrc',
  ],
  [
    '9.6',
    'The MRC makes sure the governing body gets regular, insightful complaint information.',
    'mrc responsible regular information insight performance',
  ],
  [
    '9.7',
    'What the MRC and governing body receive as a minimum.',
    'minimum receive volume categories outcomes trends annual report',
  ],
  [
    '9.8',
    'A standard complaint-handling objective for all relevant staff.',
    'standard objective employees collaborative co-operative',
  ],
];

export const PROVISIONS_2024: readonly CodeProvision[] = ROWS.map(([id, summary, keywords]) => ({
  edition: '2024',
  id,
  section: Number(id.split('.')[0]),
  summary,
  keywords: keywords.split(' '),
  inForm: id !== '1.1',
  id2024: id,
}));
