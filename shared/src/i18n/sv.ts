// The vocabulary of the domain in Swedish; see en.ts.
import type { Vocabulary } from './en.js';

export const sv: Vocabulary = {
  status: {
    on_track: 'Enligt plan',
    at_risk: 'Risk att halka efter',
    off_track: 'Efter plan',
    no_data: 'Inga uppgifter',
  },
  frequency: {
    month: 'Månad',
    quarter: 'Kvartal',
    half_year: 'Halvår',
    year: 'År',
  },
  activityStatus: {
    idea: 'Idé',
    planned: 'Planerad',
    ongoing: 'Pågår',
    done: 'Klar',
    paused: 'Pausad',
  },
  ideaStatus: {
    proposed: 'Föreslagen',
    under_discussion: 'Under diskussion',
    accepted: 'Antagen',
    declined: 'Avslagen',
  },
  meetingKinds: {
    partner_meeting: 'Partnermöte',
    steering_group: 'Styrgrupp',
    process_group: 'Processgrupp',
    working_group: 'Arbetsgrupp',
    network_meeting: 'Nätverksträff',
    workshop: 'Workshop',
    conference: 'Konferens',
  },
  meetingStatus: {
    planned: 'Planerat',
    held: 'Genomfört',
    cancelled: 'Inställt',
  },
  sectors: {
    civil_society: 'Civilsamhälle',
    public: 'Offentlig sektor',
    business: 'Näringsliv',
    housing: 'Bostadsbolag',
    foundation: 'Stiftelse',
    education: 'Utbildning',
    research: 'Forskning',
    other: 'Övrigt',
  },
  actorRoles: {
    backbone: 'Samordning',
    steering_group: 'Styrgrupp',
    process_group: 'Processgrupp',
    partner: 'Partner',
  },
  measureTypes: {
    number: 'Antal',
    percentage: 'Andel (procent)',
  },
  directions: {
    increase: 'Högre är bättre',
    decrease: 'Lägre är bättre',
    maintain: 'Ligga kvar på målet',
  },
  actorAggregations: {
    sum: 'Summera',
    mean: 'Medelvärde',
    min: 'Lägsta',
    max: 'Högsta',
    none: 'En siffra för hela området',
  },
  timeAggregations: {
    sum: 'Summera',
    last: 'Senaste siffran',
    mean: 'Medelvärde',
  },
  measurementStatus: {
    draft: 'Utkast',
    submitted: 'Inlämnad',
    approved: 'Godkänd',
    returned: 'Skickad tillbaka',
  },
  series: {
    value: 'Uppmätt värde',
    trajectory: 'Planerad väg',
    trend: 'Trend',
    target: 'Mål',
    baseline: 'Utgångsläge',
    preliminary: 'Preliminärt',
    preliminaryCount: 'Preliminärt ({{reported}} av {{expected}} har rapporterat)',
  },
  narrative: {
    title: 'Berättelsen bakom siffrorna',
    whatHappened: 'Vad hände',
    why: 'Varför',
    nextSteps: 'Vad vi gör härnäst',
  },
};
