// The Danish demo initiative: an invented neighbourhood where every child gets a good start and
// every young person finds a way into education or work.
import { quarterStartFromToday, yearFromToday } from './calendar.js';
import { actors, workingGroups } from './da/actors.js';
import { activities } from './da/activities.js';
import { ideas } from './da/ideas.js';
import { indicators, narratives } from './da/indicators.js';
import { meetingSeries, meetings } from './da/meetings.js';
import type { DemoInitiative } from './types.js';

export const danishDemo: DemoInitiative = {
  name: 'Sammen om Nordhøj',
  area: 'Nordhøj',
  vision: 'Alle børn i Nordhøj får en god start, trives i skolen og finder vej til uddannelse og job.',
  description:
    'Et langsigtet samarbejde på tværs af kommune, boligselskab, skoler, foreninger, virksomheder og en fond. ' +
    'Vi deler data, koordinerer vores indsatser og mødes fast fire gange om året. Sekretariatet er samarbejdets rygrad.',
  locale: 'da',
  publicView: false,
  publicThreshold: 5,
  requiresApproval: true,
  reportingDeadlineDays: 20,
  lockedThrough: String(yearFromToday(-1)),
  timezone: 'Europe/Copenhagen',
  seed: 20_240_402,
  dataFrom: quarterStartFromToday(-10),
  goals: [
    {
      key: 'start', title: 'En god start',
      description: 'Børn har et alderssvarende sprog, når de begynder i skole, og familierne får støtte tidligt.',
    },
    {
      key: 'trivsel', title: 'Trivsel og læring i skolen',
      description: 'Eleverne trives, kommer i skole og lærer det, de skal.',
    },
    {
      key: 'uddannelse', title: 'Alle unge i uddannelse eller job',
      description: 'Unge kender deres muligheder, får erfaring fra arbejdslivet og gennemfører en uddannelse.',
    },
    {
      key: 'faellesskab', title: 'Stærke fællesskaber',
      description: 'Forældre, frivillige og foreninger bærer fællesskaber, der holder over tid.',
    },
  ],
  actors,
  partnerActor: 'lektiecafe',
  workingGroups,
  indicators,
  narratives,
  activities,
  meetingSeries,
  meetings,
  ideas,
  words: {
    attendance: 'Til stede',
    organisations: 'organisationer',
    people: 'personer',
    decisions: 'Beslutninger',
    actionItems: 'Opgaver',
    due: 'frist',
    returnedThread: [
      'Vi talte nogle ekstra aktiviteter i ferien med. Skal de med, eller kun de almindelige aktiviteter?',
      'Kun de almindelige aktiviteter, så perioderne kan sammenlignes. Ret gerne tallet og indsend igen.',
    ],
    returnReasons: [
      'Tallet er meget højere end sidste kvartal. Er flere måneder lagt sammen?',
      'Nævneren mangler eleverne i modtageklassen. Ret venligst og indsend igen.',
    ],
    measurementNotes: [
      'Foreløbigt tal, det endelige kommer i næste uge.',
      'To aftener aflyst på grund af sygdom.',
      'Ny deltagerliste fra denne periode.',
    ],
  },
};
