// The vocabulary of the domain in Danish; see en.ts.
import type { Vocabulary } from './en.js';

export const da: Vocabulary = {
  status: {
    on_track: 'Som planlagt',
    at_risk: 'I risiko',
    off_track: 'Bagud',
    no_data: 'Ingen data',
  },
  frequency: {
    month: 'Måned',
    quarter: 'Kvartal',
    half_year: 'Halvår',
    year: 'År',
  },
  activityStatus: {
    idea: 'Idé',
    planned: 'Planlagt',
    ongoing: 'I gang',
    done: 'Afsluttet',
    paused: 'På pause',
  },
  ideaStatus: {
    proposed: 'Foreslået',
    under_discussion: 'Under drøftelse',
    accepted: 'Vedtaget',
    declined: 'Afvist',
  },
  meetingKinds: {
    partner_meeting: 'Partnermøde',
    steering_group: 'Styregruppe',
    process_group: 'Procesgruppe',
    working_group: 'Arbejdsgruppe',
    network_meeting: 'Netværksmøde',
    workshop: 'Workshop',
    conference: 'Konference',
  },
  meetingStatus: {
    planned: 'Planlagt',
    held: 'Afholdt',
    cancelled: 'Aflyst',
  },
  sectors: {
    civil_society: 'Civilsamfund',
    public: 'Offentlig sektor',
    business: 'Erhvervsliv',
    housing: 'Boligorganisation',
    foundation: 'Fond',
    education: 'Uddannelse',
    research: 'Forskning',
    other: 'Andet',
  },
  actorRoles: {
    backbone: 'Sekretariat',
    steering_group: 'Styregruppe',
    process_group: 'Procesgruppe',
    partner: 'Partner',
  },
  measureTypes: {
    number: 'Antal',
    percentage: 'Andel (procent)',
  },
  directions: {
    increase: 'Højere er bedre',
    decrease: 'Lavere er bedre',
    maintain: 'Blive på målet',
  },
  actorAggregations: {
    sum: 'Læg sammen',
    mean: 'Gennemsnit',
    min: 'Laveste',
    max: 'Højeste',
    none: 'Ét tal for hele området',
  },
  timeAggregations: {
    sum: 'Læg sammen',
    last: 'Seneste tal',
    mean: 'Gennemsnit',
  },
  measurementStatus: {
    draft: 'Kladde',
    submitted: 'Indsendt',
    approved: 'Godkendt',
    returned: 'Sendt tilbage',
  },
  series: {
    value: 'Målt værdi',
    trajectory: 'Planlagt vej',
    trend: 'Tendens',
    target: 'Mål',
    baseline: 'Udgangspunkt',
    preliminary: 'Foreløbigt',
    preliminaryCount: 'Foreløbigt ({{reported}} af {{expected}} har indberettet)',
  },
  narrative: {
    title: 'Historien bag tallene',
    whatHappened: 'Hvad skete der',
    why: 'Hvorfor',
    nextSteps: 'Hvad vi gør nu',
  },
};
