// The Danish demo's communication cadence and a year of meetings.
import { monthsFromToday } from '../calendar.js';
import type { DemoMeeting, DemoMeetingSeries } from '../types.js';

export const meetingSeries: DemoMeetingSeries[] = [
  {
    key: 'partner', name: 'Partnermøde', kind: 'partner_meeting', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU',
    from: monthsFromToday(-29, 1), time: '14:00', durationMinutes: 150, place: 'Nordhøj Bibliotek og Kulturhus, salen', audience: 'all',
    defaultAgenda: ['Præsentationsrunde', 'Nyt fra sekretariatet og partnerne', 'Oplæg ved en gæst', 'Drøftelse', 'Næste skridt'],
  },
  {
    key: 'styregruppe', name: 'Styregruppemøde', kind: 'steering_group', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE',
    from: monthsFromToday(-30, 1), time: '09:00', durationMinutes: 90, place: 'Boligselskabets mødelokale',
    audience: 'steering_group',
    defaultAgenda: ['Godkendelse af referat', 'Status fra sekretariatet', 'Kvartalets tal', 'Økonomi', 'Eventuelt'],
  },
  {
    key: 'behov', name: 'Arbejdsgruppe for behovsafdækning', kind: 'working_group', rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH',
    from: monthsFromToday(-18, 1), time: '15:30', durationMinutes: 90, place: 'Helhedsplanens kontor', workingGroup: 'behov',
    audience: 'working_group', defaultAgenda: ['Siden sidst', 'Opfølgning på aftaler', 'Nyt fra området', 'Planlægning'],
  },
];

const intro = { title: 'Præsentationsrunde', notes: 'Alle fortalte kort, hvem de er, hvad de arbejder med, og hvad de har brug for.', durationMinutes: 20 };
const wgStart = [{ title: 'Siden sidst' }, { title: 'Opfølgning på aftaler' }];

export const meetings: DemoMeeting[] = [
  {
    series: 'partner', occurrence: -4, title: 'Partnermøde: familiernes behov', turnout: 0.75,
    summary: 'Mødet handlede om resultaterne af behovsafdækningen blandt småbørnsfamilier.',
    agenda: [
      intro,
      { title: 'Nyt fra sekretariatet', notes: 'Status på målingerne: lektiecaféerne vokser, fraværet falder ikke.', indicator: 'fravaer' },
      { title: 'Oplæg: forskningsgruppen om behovsafdækningen', notes: 'Familierne efterspørger mødesteder tæt på hjemmet og hjælp på deres eget sprog.' },
      { title: 'Drøftelse', notes: 'Hvordan kan partnerne bruge hinandens lokaler bedre?' },
    ],
    decisions: ['Sekretariatet laver en oversigt over partnernes lokaler, som alle kan booke.'],
    actionItems: [
      { title: 'Sende resumé af behovsafdækningen til alle partnere', owner: 'sekretariat', dueInDays: 14, done: true },
      { title: 'Indsamle oplysninger om ledige lokaler', owner: 'boligselskab', dueInDays: 45, done: true },
    ],
  },
  {
    series: 'partner', occurrence: -3, title: 'Partnermøde: fra skole til uddannelse', turnout: 0.6,
    agenda: [
      intro,
      { title: 'Nyt fra sekretariatet', notes: 'Erhvervsskolen Syd er blevet partner.', indicator: 'brobygning' },
      { title: 'Oplæg: en virksomhed om at have unge i fritidsjob', notes: 'En fast kontaktperson og en god første dag betyder mest.' },
      { title: 'Drøftelse', notes: 'Ideer til flere praktikpladser i handel og håndværk.' },
    ],
    decisions: ['Brobygningsdage for alle 8. klasser før sommerferien.'],
    actionItems: [
      { title: 'Planlægge brobygningsdagene', owner: 'erhvervsskole', dueInDays: 60, done: true },
      { title: 'Invitere medlemmer til morgenmøde om praktik', owner: 'erhvervsforening', dueInDays: 90, done: false },
    ],
  },
  {
    series: 'partner', occurrence: -2, title: 'Partnermøde: halvårsstatus', turnout: 0.5,
    agenda: [
      intro,
      { title: 'Nyt fra sekretariatet', notes: 'Spejdergruppen har meldt sig ud af samarbejdet. Købmandsgården er kommet med.' },
      { title: 'Oplæg: Forældrenetværket om forældrecaféerne', notes: 'Tolkning og børnepasning afgør, om forældrene kommer.', indicator: 'foraeldrecafe' },
      { title: 'Drøftelse', notes: 'Frivillige: flere foreninger mangler hænder, og kampagnen er sat på pause.' },
    ],
    decisions: ['Nyhedsbrevet udkommer en uge efter hvert partnermøde.'],
    actionItems: [{ title: 'Undersøge fælles børnepasning til forældrecaféerne', owner: 'foraeldre', dueInDays: 40, done: false }],
  },
  {
    series: 'partner', occurrence: -1, title: 'Partnermøde: efterårets status', turnout: 0.7,
    summary: 'Kvartalets tal blev vist i mødevisning, og vi drøftede, hvorfor fraværet ikke falder.',
    agenda: [
      intro,
      { title: 'Nyt fra sekretariatet: kvartalets tal', notes: 'Andelen af unge i uddannelse eller job stiger, men langsommere end planlagt.', indicator: 'iuddannelse' },
      { title: 'Oplæg: en skole om tidlig opsporing af fravær', notes: 'Hurtig kontakt til hjemmet virker, når den sker med respekt og på familiens sprog.' },
      { title: 'Drøftelse', notes: 'Forslag om at koble frivillige fra lektiecaféen på elever med højt fravær.', indicator: 'fravaer' },
    ],
    decisions: ['Styregruppen bedes prioritere fraværsindsatsen i næste års budget.', 'Ungepanelet drøftes på næste partnermøde.'],
    actionItems: [
      { title: 'Skrive oplæg om fraværsindsatsen til styregruppen', owner: 'nordhojskole', dueInDays: 21, done: true },
      { title: 'Opgøre fravær pr. klassetrin', owner: 'vestbyskole', dueInDays: 30, done: false },
      { title: 'Forberede drøftelsen om et ungepanel', owner: 'boldklub', dueInDays: 70, done: false },
    ],
  },
  {
    series: 'partner', occurrence: 0, title: 'Partnermøde: vinterens status',
    agenda: [intro, { title: 'Nyt fra sekretariatet: kvartalets tal' }, { title: 'Oplæg: unge om et ungepanel' }, { title: 'Drøftelse' }, { title: 'Næste skridt' }],
  },
  ...[-4, -3, -2, -1].map(
    (occurrence): DemoMeeting => ({
      series: 'styregruppe', occurrence, title: 'Styregruppemøde', turnout: 0.9,
      agenda: [
        { title: 'Godkendelse af referat', notes: 'Godkendt.' },
        { title: 'Status fra sekretariatet', notes: 'Sekretariatet gennemgik aktiviteterne og partnernes indberetninger.' },
        { title: 'Kvartalets tal', notes: 'Styregruppen gennemgik indikatorerne og godkendte de indberettede tal.', indicator: 'iuddannelse' },
        { title: 'Økonomi', notes: occurrence === -1 ? 'Fonden forlænger støtten til sekretariatet med et år.' : 'Budgettet følger planen.' },
      ],
      decisions:
        occurrence === -1
          ? ['Fraværsindsatsen prioriteres i næste års budget.', 'Kvartalsrapporten sendes til udvalget.']
          : ['Kvartalets tal er godkendt.'],
      actionItems:
        occurrence === -1
          ? [{ title: 'Søge midler til en frivilligkoordinator', owner: 'sekretariat', dueInDays: 45, done: false }]
          : [{ title: 'Sende kvartalsrapporten til fonden', owner: 'sekretariat', dueInDays: 14, done: true }],
    }),
  ),
  {
    series: 'styregruppe', occurrence: 0, title: 'Styregruppemøde',
    agenda: [{ title: 'Godkendelse af referat' }, { title: 'Status fra sekretariatet' }, { title: 'Kvartalets tal' }, { title: 'Budget for næste år' }],
  },
  ...[-6, -5, -4, -3, -2, -1].map(
    (occurrence): DemoMeeting => ({
      series: 'behov', occurrence, title: 'Arbejdsgruppe for behovsafdækning', turnout: 0.75, cancelled: occurrence === -3,
      agenda: [
        ...wgStart,
        { title: 'Nyt fra området', notes: 'Sundhedsplejen oplever flere nytilflyttede familier med små børn.' },
        { title: 'Planlægning', notes: occurrence <= -5 ? 'Interviewguide og spørgeskema.' : 'Opfølgning på anbefalingerne fra behovsafdækningen.' },
      ],
      decisions: occurrence === -6 ? ['Spørgeskemaet oversættes til fire sprog.'] : [],
      actionItems:
        occurrence === -1
          ? [{ title: 'Samle anbefalinger til partnermødet', owner: 'forskning', dueInDays: 30, done: false }]
          : [{ title: 'Booke lokale til næste møde', owner: 'helhedsplan', dueInDays: 20, done: true }],
    }),
  ),
  { series: 'behov', occurrence: 0, title: 'Arbejdsgruppe for behovsafdækning', agenda: [...wgStart, { title: 'Anbefalinger til partnermødet' }] },
];
