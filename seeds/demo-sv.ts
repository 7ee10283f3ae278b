// The Swedish demo initiative: an invented district where every young person is to find a path
// through school into work.
import { quarterStartFromToday } from './calendar.js';
import { actors, workingGroups } from './sv/actors.js';
import { activities } from './sv/activities.js';
import { ideas } from './sv/ideas.js';
import { indicators, narratives } from './sv/indicators.js';
import { meetingSeries, meetings } from './sv/meetings.js';
import type { DemoInitiative } from './types.js';

export const swedishDemo: DemoInitiative = {
  name: 'Hela vägen Ekdalen',
  area: 'Ekdalen',
  vision: 'Varje ung människa i Ekdalen hittar en väg genom skolan och vidare in i arbete.',
  description:
    'Ett långsiktigt samarbete mellan föreningar, skolor, stadsdelsförvaltningen, bostadsbolag, företag och en lokal ' +
    'stiftelse. Vi delar en agenda, mäter samma saker, stärker varandras aktiviteter och träffas regelbundet. ' +
    'Kansliet håller ihop arbetet.',
  locale: 'sv',
  publicView: true,
  publicThreshold: 5,
  requiresApproval: false,
  reportingDeadlineDays: 30,
  lockedThrough: null,
  timezone: 'Europe/Stockholm',
  seed: 20_240_401,
  dataFrom: quarterStartFromToday(-10),
  goals: [
    {
      key: 'skola', title: 'Alla klarar skolan',
      description: 'Fler elever går ut grundskolan med behörighet till gymnasiet, och färre har hög frånvaro.',
    },
    {
      key: 'fritid', title: 'En meningsfull och trygg fritid',
      description: 'Unga har platser att vara på, vuxna att vända sig till och aktiviteter som bygger självförtroende.',
    },
    {
      key: 'arbete', title: 'Vägar in i arbete',
      description: 'Unga får sitt första jobb, praktik eller utbildning som leder till arbete.',
    },
    {
      key: 'foraldrar', title: 'Delaktiga föräldrar och ett starkt nätverk',
      description: 'Föräldrar känner till skolan och arbetsmarknaden, och partnerna stärker varandra.',
    },
  ],
  actors,
  partnerActor: 'laxhjalp',
  workingGroups,
  indicators,
  narratives,
  activities,
  meetingSeries,
  meetings,
  ideas,
  words: {
    attendance: 'Närvarande',
    organisations: 'organisationer',
    people: 'personer',
    decisions: 'Beslut',
    actionItems: 'Att göra',
    due: 'klart senast',
    returnedThread: [
      'Vi räknade med några extra tillfällen under lovet. Ska de vara med, eller bara den ordinarie verksamheten?',
      'Bara den ordinarie verksamheten, så att perioderna går att jämföra. Rätta gärna och skicka in igen.',
    ],
    returnReasons: [
      'Värdet är tre gånger högre än förra kvartalet. Stämmer siffran, eller har flera månader räknats ihop?',
      'Nämnaren saknar elever i förberedelseklass. Rätta och skicka in igen.',
    ],
    measurementNotes: [
      'Preliminär siffra, slutlig kommer nästa vecka.',
      'Två träffar ställdes in på grund av sjukdom.',
      'Ny närvarolista från och med denna period.',
    ],
  },
};
