// The Swedish demo's communication cadence and a year of meetings.
import { monthsFromToday } from '../calendar.js';
import type { DemoMeeting, DemoMeetingSeries } from '../types.js';

export const meetingSeries: DemoMeetingSeries[] = [
  {
    key: 'partner', name: 'Partnermöte', kind: 'partner_meeting', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
    from: monthsFromToday(-30, 1), time: '13:00', durationMinutes: 150, place: 'Ekdalens bibliotek, stora salen', audience: 'all',
    defaultAgenda: ['Presentationsrunda', 'Aktuellt från kansliet och partnerna', 'Gästtalare', 'Diskussion', 'Nästa steg'],
  },
  {
    key: 'styrgrupp', name: 'Styrgruppsmöte', kind: 'steering_group', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=4TH',
    from: monthsFromToday(-31, 1), time: '08:30', durationMinutes: 90, place: 'Stadsdelsförvaltningen, rummet Eken',
    audience: 'steering_group',
    defaultAgenda: ['Föregående protokoll', 'Lägesrapport från kansliet', 'Kvartalets siffror', 'Ekonomi', 'Övriga frågor'],
  },
  {
    key: 'lokal', name: 'Arbetsgrupp Lokal förankring', kind: 'working_group', rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE',
    from: monthsFromToday(-20, 1), time: '16:00', durationMinutes: 90, place: 'Ungdomsgården Kupolen', workingGroup: 'lokal',
    audience: 'working_group', defaultAgenda: ['Incheckning', 'Uppföljning av åtgärdspunkter', 'Aktuellt i området', 'Planering'],
  },
];

const intro = { title: 'Presentationsrunda', notes: 'Alla berättade kort vem de är, vad de gör just nu och vad de behöver.', durationMinutes: 20 };
const wgStart = [{ title: 'Incheckning' }, { title: 'Uppföljning av åtgärdspunkter' }];

export const meetings: DemoMeeting[] = [
  {
    series: 'partner', occurrence: -4, title: 'Partnermöte: behoven i Ekdalen', turnout: 0.8,
    summary: 'Kvartalets partnermöte ägnades åt resultaten från behovskartläggningen.',
    agenda: [
      intro,
      { title: 'Aktuellt', notes: 'Kansliet presenterade läget för indikatorerna. Läxhjälpen ökar, antalet ledare minskar.', indicator: 'ledare' },
      { title: 'Gästtalare: forskargruppen om behovskartläggningen', notes: 'Unga efterfrågar fler mötesplatser kvällstid och vuxna att prata med om framtiden.' },
      { title: 'Diskussion', notes: 'Grupper om fyra diskuterade vad var och en kan bidra med. Många vill ha en gemensam lokal.' },
    ],
    decisions: ['Arbetsgruppen Resurser och ekonomi får i uppdrag att undersöka en gemensam mötesplats.'],
    actionItems: [
      { title: 'Skicka ut sammanfattningen av behovskartläggningen', owner: 'kansli', dueInDays: 14, done: true },
      { title: 'Ta fram underlag om lokalen i gamla centrum', owner: 'ekhem', dueInDays: 60, done: true },
    ],
  },
  {
    series: 'partner', occurrence: -3, title: 'Partnermöte: vägar till arbete', turnout: 0.65,
    agenda: [
      intro,
      { title: 'Aktuellt', notes: 'Sommarjobbsgarantin: ansökan öppnar i mars. Norrsten Bygg har anmält intresse att vara med.', indicator: 'sommarjobb' },
      { title: 'Gästtalare: en arbetsgivare om att ta emot praktikanter', notes: 'Tydliga handledare och korta första veckor gör störst skillnad.' },
      { title: 'Diskussion', notes: 'Hur når vi unga som inte söker stöd själva? Förslag: uppsökande på fredagshallen.' },
    ],
    decisions: ['Praktikplatsbanken startar som gemensam lista hos handelsföreningen.'],
    actionItems: [
      { title: 'Bjuda in fler företag till praktikplatsbanken', owner: 'handel', dueInDays: 45, done: true },
      { title: 'Uppsökande besök på fredagshallen en gång i månaden', owner: 'jobbtorg', dueInDays: 30, done: false },
    ],
  },
  {
    series: 'partner', occurrence: -2, title: 'Partnermöte: halvårsavstämning', turnout: 0.55,
    agenda: [
      intro,
      { title: 'Aktuellt', notes: 'Kulturföreningen Bron har lämnat initiativet. Högskolan har börjat med följeforskning.' },
      { title: 'Gästtalare: föräldranätverket om föräldracaféerna', notes: 'Tolk och barnpassning avgör om föräldrar kommer.', indicator: 'foraldratraffar' },
      { title: 'Diskussion', notes: 'Halvårsenkäten om samverkan: nöjdheten är stabil men många saknar återkoppling mellan mötena.' },
    ],
    decisions: ['Nyhetsbrevet ska komma ut varje kvartal, en vecka efter partnermötet.'],
    actionItems: [{ title: 'Samla in barnpassningsbehov inför hösten', owner: 'foraldrar', dueInDays: 40, done: false }],
  },
  {
    series: 'partner', occurrence: -1, title: 'Partnermöte: höstens läge', turnout: 0.7,
    summary: 'Mötet visade kvartalets siffror i mötesläge och diskuterade varför antalet ledare fortsätter att minska.',
    agenda: [
      intro,
      { title: 'Aktuellt: kvartalets siffror', notes: 'Frånvaron ligger kvar på samma nivå; skolorna ser en ökning bland elever i åk 8.', indicator: 'franvaro' },
      { title: 'Gästtalare: idrottsförbundet om ledarrekrytering', notes: 'Korta uppdrag och ledarpar sänker tröskeln för nya ledare.' },
      { title: 'Diskussion', notes: 'Förslag om att koppla ledarrekrytering till sommarjobben.', indicator: 'ledare' },
    ],
    decisions: ['Styrgruppen ombeds prioritera ledarutbildning i nästa års budget.', 'Ungdomsrådet tas upp på nästa partnermöte.'],
    actionItems: [
      { title: 'Skriva förslag om ledarutbildning till styrgruppen', owner: 'basket', dueInDays: 21, done: true },
      { title: 'Sammanställa frånvarodata per årskurs', owner: 'ekdalsskolan', dueInDays: 30, done: false },
      { title: 'Förbereda diskussionen om ett ungdomsråd', owner: 'kupolen', dueInDays: 70, done: false },
    ],
  },
  {
    series: 'partner', occurrence: 0, title: 'Partnermöte: vinterns läge',
    agenda: [intro, { title: 'Aktuellt: kvartalets siffror' }, { title: 'Gästtalare: unga om ett ungdomsråd' }, { title: 'Diskussion' }, { title: 'Nästa steg' }],
  },
  ...[-4, -3, -2, -1].map(
    (occurrence): DemoMeeting => ({
      series: 'styrgrupp', occurrence, title: 'Styrgruppsmöte', turnout: 0.9,
      agenda: [
        { title: 'Föregående protokoll', notes: 'Godkändes.' },
        { title: 'Lägesrapport från kansliet', notes: 'Kansliet redogjorde för aktiviteterna och rapporteringen från partnerna.' },
        { title: 'Kvartalets siffror', notes: 'Styrgruppen gick igenom indikatorerna och godkände inrapporterade värden.', indicator: 'behorighet' },
        { title: 'Ekonomi', notes: occurrence === -1 ? 'Stiftelsen förlänger finansieringen av kansliet ett år.' : 'Budgeten följer plan.' },
      ],
      decisions:
        occurrence === -1
          ? ['Ledarutbildning prioriteras i nästa års budget.', 'Kvartalsrapporten skickas till stadsdelsnämnden.']
          : ['Kvartalets siffror godkändes.'],
      actionItems:
        occurrence === -1
          ? [{ title: 'Skriva ansökan om medel för ledarutbildning', owner: 'kansli', dueInDays: 45, done: false }]
          : [{ title: 'Skicka kvartalsrapporten till finansiärerna', owner: 'kansli', dueInDays: 14, done: true }],
    }),
  ),
  {
    series: 'styrgrupp', occurrence: 0, title: 'Styrgruppsmöte',
    agenda: [{ title: 'Föregående protokoll' }, { title: 'Lägesrapport från kansliet' }, { title: 'Kvartalets siffror' }, { title: 'Budget för nästa år' }],
  },
  ...[-6, -5, -4, -3, -2, -1].map(
    (occurrence): DemoMeeting => ({
      series: 'lokal', occurrence, title: 'Arbetsgrupp Lokal förankring', turnout: 0.7, cancelled: occurrence === -4,
      agenda: [
        ...wgStart,
        { title: 'Aktuellt i området', notes: 'Trygghetsvandringen gick bra; fler vuxna ute på fredagskvällarna.' },
        { title: 'Planering', notes: occurrence >= -2 ? 'Förberedelser för ett ungdomsråd.' : 'Planering av en öppen frukost i biblioteket.' },
      ],
      decisions: occurrence === -5 ? ['Öppen frukost en gång i månaden, första fredagen.'] : [],
      actionItems:
        occurrence === -1
          ? [{ title: 'Fråga unga på Kupolen vad ett ungdomsråd ska göra', owner: 'kupolen', dueInDays: 30, done: false }]
          : [{ title: 'Bjuda in till nästa öppna frukost', owner: 'bibliotek', dueInDays: 20, done: true }],
    }),
  ),
  { series: 'lokal', occurrence: 0, title: 'Arbetsgrupp Lokal förankring', agenda: [...wgStart, { title: 'Ungdomsrådet: förslag till partnermötet' }] },
];
