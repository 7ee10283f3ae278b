// The words of the PDF report in the initiative's language, and locale-aware number and date formats.
import { parsePeriod, type ActivityStatus, type IndicatorStatus, type Locale, type MeetingKind } from '@ci/shared';

export interface ReportLabels {
  title: string;
  packTitle: string;
  area: string;
  period: string;
  allPeriods: string;
  created: string;
  vision: string;
  goal: string;
  noGoal: string;
  latestValue: string;
  target: string;
  baseline: string;
  actual: string;
  trajectory: string;
  status: string;
  byActor: (period: string) => string;
  actor: string;
  value: string;
  numerator: string;
  denominator: string;
  noValues: string;
  narrative: (period: string) => string;
  whatHappened: string;
  why: string;
  nextSteps: string;
  activities: string;
  activityCount: string;
  meetings: string;
  noMeetings: string;
  date: string;
  meeting: string;
  place: string;
  organisations: string;
  people: string;
  statuses: Record<IndicatorStatus, string>;
  activityStatuses: Record<ActivityStatus, string>;
  meetingKinds: Record<MeetingKind, string>;
  quarter: string;
  half: string;
}

const en: ReportLabels = {
  title: 'Progress report',
  packTitle: 'Meeting pack',
  area: 'Area',
  period: 'Period',
  allPeriods: 'All periods',
  created: 'Created',
  vision: 'Common agenda',
  goal: 'Goal',
  noGoal: 'Indicators without a goal',
  latestValue: 'Latest value',
  target: 'Target',
  baseline: 'Baseline',
  actual: 'Actual',
  trajectory: 'Trajectory',
  status: 'Status',
  byActor: (p) => `Per organisation, ${p}`,
  actor: 'Organisation',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  noValues: 'No values in this period.',
  narrative: (p) => `The story behind the figures, ${p}`,
  whatHappened: 'What happened',
  why: 'Why',
  nextSteps: 'Next steps',
  activities: 'Activities by status',
  activityCount: 'Activities',
  meetings: 'Meetings held',
  noMeetings: 'No meetings were held in this period.',
  date: 'Date',
  meeting: 'Meeting',
  place: 'Place',
  organisations: 'Organisations',
  people: 'People',
  statuses: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  activityStatuses: { idea: 'Idea', planned: 'Planned', ongoing: 'Ongoing', done: 'Done', paused: 'Paused' },
  meetingKinds: {
    partner_meeting: 'Partner meeting',
    steering_group: 'Steering group',
    process_group: 'Process group',
    working_group: 'Working group',
    network_meeting: 'Network meeting',
    workshop: 'Workshop',
    conference: 'Conference',
  },
  quarter: 'Q',
  half: 'H',
};

const sv: ReportLabels = {
  title: 'Lägesrapport',
  packTitle: 'Mötesunderlag',
  area: 'Område',
  period: 'Period',
  allPeriods: 'Alla perioder',
  created: 'Skapad',
  vision: 'Gemensam agenda',
  goal: 'Mål',
  noGoal: 'Indikatorer utan mål',
  latestValue: 'Senaste värde',
  target: 'Målvärde',
  baseline: 'Utgångsvärde',
  actual: 'Utfall',
  trajectory: 'Målkurva',
  status: 'Status',
  byActor: (p) => `Per organisation, ${p}`,
  actor: 'Organisation',
  value: 'Värde',
  numerator: 'Täljare',
  denominator: 'Nämnare',
  noValues: 'Inga värden denna period.',
  narrative: (p) => `Berättelsen bakom siffrorna, ${p}`,
  whatHappened: 'Vad hände',
  why: 'Varför',
  nextSteps: 'Nästa steg',
  activities: 'Aktiviteter per status',
  activityCount: 'Aktiviteter',
  meetings: 'Genomförda möten',
  noMeetings: 'Inga möten hölls under perioden.',
  date: 'Datum',
  meeting: 'Möte',
  place: 'Plats',
  organisations: 'Organisationer',
  people: 'Personer',
  statuses: { on_track: 'I fas', at_risk: 'Risk', off_track: 'Ej i fas', no_data: 'Inga data' },
  activityStatuses: { idea: 'Idé', planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', paused: 'Pausad' },
  meetingKinds: {
    partner_meeting: 'Partnermöte',
    steering_group: 'Styrgrupp',
    process_group: 'Processgrupp',
    working_group: 'Arbetsgrupp',
    network_meeting: 'Nätverksmöte',
    workshop: 'Workshop',
    conference: 'Konferens',
  },
  quarter: 'K',
  half: 'H',
};

const da: ReportLabels = {
  title: 'Statusrapport',
  packTitle: 'Mødemateriale',
  area: 'Område',
  period: 'Periode',
  allPeriods: 'Alle perioder',
  created: 'Oprettet',
  vision: 'Fælles dagsorden',
  goal: 'Mål',
  noGoal: 'Indikatorer uden mål',
  latestValue: 'Seneste værdi',
  target: 'Målværdi',
  baseline: 'Udgangspunkt',
  actual: 'Faktisk',
  trajectory: 'Målkurve',
  status: 'Status',
  byActor: (p) => `Pr. organisation, ${p}`,
  actor: 'Organisation',
  value: 'Værdi',
  numerator: 'Tæller',
  denominator: 'Nævner',
  noValues: 'Ingen værdier i denne periode.',
  narrative: (p) => `Historien bag tallene, ${p}`,
  whatHappened: 'Hvad skete der',
  why: 'Hvorfor',
  nextSteps: 'Næste skridt',
  activities: 'Aktiviteter efter status',
  activityCount: 'Aktiviteter',
  meetings: 'Afholdte møder',
  noMeetings: 'Der blev ikke afholdt møder i perioden.',
  date: 'Dato',
  meeting: 'Møde',
  place: 'Sted',
  organisations: 'Organisationer',
  people: 'Personer',
  statuses: { on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Ikke på sporet', no_data: 'Ingen data' },
  activityStatuses: { idea: 'Idé', planned: 'Planlagt', ongoing: 'I gang', done: 'Færdig', paused: 'Sat på pause' },
  meetingKinds: {
    partner_meeting: 'Partnermøde',
    steering_group: 'Styregruppe',
    process_group: 'Procesgruppe',
    working_group: 'Arbejdsgruppe',
    network_meeting: 'Netværksmøde',
    workshop: 'Workshop',
    conference: 'Konference',
  },
  quarter: 'K',
  half: 'H',
};

const CATALOGUE: Record<Locale, ReportLabels> = { en, sv, da };
const INTL: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE', da: 'da-DK' };

export function labelsFor(locale: string): ReportLabels {
  return CATALOGUE[locale as Locale] ?? en;
}

/**
 * The PDF's standard fonts cover Latin-1 only: Intl's minus sign and narrow spaces are replaced
 * by their plain equivalents.
 */
function latin1(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/[\u202f\u2009]/g, ' ').replace(/\u00a0/g, ' ');
}

export interface Formats {
  number(value: number, decimals: number): string;
  date(value: Date, timeZone: string): string;
  dateTime(value: Date, timeZone: string): string;
  period(key: string): string;
}

export function formatsFor(locale: string): Formats {
  const tag = INTL[locale as Locale] ?? INTL.en;
  const labels = labelsFor(locale);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const monthName = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
  return {
    number(value, decimals) {
      let f = numberFormats.get(decimals);
      if (!f) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        numberFormats.set(decimals, f);
      }
      return latin1(f.format(value));
    },
    date: (value, timeZone) => latin1(new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(value)),
    dateTime: (value, timeZone) =>
      latin1(new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(value)),
    period(key) {
      const p = parsePeriod(key);
      switch (p.frequency) {
        case 'month':
          return `${monthName.format(new Date(Date.UTC(p.year, p.index - 1, 1))).replace('.', '')} ${p.year}`;
        case 'quarter':
          return `${labels.quarter}${p.index} ${p.year}`;
        case 'half_year':
          return `${labels.half}${p.index} ${p.year}`;
        case 'year':
          return String(p.year);
      }
    },
  };
}
