// The vocabulary of the domain in English: the words the web app and every exported file (PDF,
// XLSX, CSV) share, so that a status, a period or a chart line has one name wherever it is read.
// The web merges this object into its i18next catalogue of the same language (its own keys never
// overlap these, a test checks); the server reads it directly. Texts use i18next's `{{name}}`
// placeholders. Words only the exported files use live in reports.en.ts.
export const en = {
  status: {
    on_track: 'On track',
    at_risk: 'At risk',
    off_track: 'Off track',
    no_data: 'No data',
  },
  frequency: {
    month: 'Month',
    quarter: 'Quarter',
    half_year: 'Half-year',
    year: 'Year',
  },
  activityStatus: {
    idea: 'Idea',
    planned: 'Planned',
    ongoing: 'Ongoing',
    done: 'Done',
    paused: 'Paused',
  },
  ideaStatus: {
    proposed: 'Proposed',
    under_discussion: 'Under discussion',
    accepted: 'Accepted',
    declined: 'Declined',
  },
  meetingKinds: {
    partner_meeting: 'Partner meeting',
    steering_group: 'Steering group',
    process_group: 'Process group',
    working_group: 'Working group',
    network_meeting: 'Network meeting',
    workshop: 'Workshop',
    conference: 'Conference',
  },
  meetingStatus: {
    planned: 'Planned',
    held: 'Held',
    cancelled: 'Cancelled',
  },
  sectors: {
    civil_society: 'Civil society',
    public: 'Public sector',
    business: 'Business',
    housing: 'Housing',
    foundation: 'Foundation',
    education: 'Education',
    research: 'Research',
    other: 'Other',
  },
  actorRoles: {
    backbone: 'Backbone',
    steering_group: 'Steering group',
    process_group: 'Process group',
    partner: 'Partner',
  },
  measureTypes: {
    number: 'Number',
    percentage: 'Percentage',
  },
  directions: {
    increase: 'Higher is better',
    decrease: 'Lower is better',
    maintain: 'Stay at the target',
  },
  actorAggregations: {
    sum: 'Add up',
    mean: 'Average',
    min: 'Lowest',
    max: 'Highest',
    none: 'One figure for the whole area',
  },
  timeAggregations: {
    sum: 'Add up',
    last: 'Latest figure',
    mean: 'Average',
  },
  measurementStatus: {
    draft: 'Draft',
    submitted: 'Submitted',
    approved: 'Approved',
    returned: 'Sent back',
  },
  /** The lines and marks of a progress chart. */
  series: {
    value: 'Measured value',
    trajectory: 'Planned path',
    trend: 'Trend',
    target: 'Target',
    baseline: 'Baseline',
    preliminary: 'Preliminary',
    preliminaryCount: 'Preliminary ({{reported}} of {{expected}} reported)',
  },
  narrative: {
    title: 'The story behind the figures',
    whatHappened: 'What happened',
    why: 'Why',
    nextSteps: 'What we do next',
  },
};

/** The shape every language's vocabulary has: the same keys, a compile-time check. */
export type Vocabulary = typeof en;
