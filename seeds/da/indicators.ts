// The Danish demo's shared measurement and the stories behind some of its curves.
import type { DemoIndicator, DemoNarrative } from '../types.js';

const schools = ['nordhojskole', 'vestbyskole'];

export const indicators: DemoIndicator[] = [
  {
    key: 'sprog', goal: 'start', code: 'G1', name: 'Børn med alderssvarende sprog',
    definition: 'Andel af de sprogvurderede børn i børnehaverne, der vurderes alderssvarende, i halvåret.',
    source: 'Dagtilbuddenes sprogvurderinger', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'increase', frequency: 'half_year', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 72, target: 85, targetYearOffset: 2, trend: 'at_risk', reporters: ['dagtilbud', 'maelkebotten'], denominator: 80,
  },
  {
    key: 'hjemmebesog', goal: 'start', code: 'G2', name: 'Familier i hjemmebesøgsprogram',
    definition: 'Antal familier, der er indskrevet i et hjemmebesøgsprogram ved månedens udgang.',
    source: 'Sundhedsplejens journalsystem', unit: 'familier', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 40, target: 75, targetYearOffset: 2, trend: 'on_track', reporters: ['sundhedspleje', 'helhedsplan'],
  },
  {
    key: 'laesegrupper', goal: 'start', code: 'G3', name: 'Deltagere i familielæsegrupper',
    definition: 'Antal fremmøder af børn og forældre i familielæsegrupper i løbet af måneden.',
    source: 'Deltagerlister', unit: 'fremmøder', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 55, target: 110, targetYearOffset: 2, trend: 'on_track', reporters: ['bibliotek', 'kvindeforening', 'foraeldre'],
  },
  {
    key: 'fravaer', goal: 'trivsel', code: 'T1', name: 'Elever med bekymrende fravær',
    definition: 'Andel af eleverne med over 10 % fravær i kvartalet.',
    source: 'Skolernes fraværsregistrering', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'decrease', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 14, target: 8, targetYearOffset: 2, trend: 'off_track', reporters: schools, denominator: 450,
  },
  {
    key: 'trivsel', goal: 'trivsel', code: 'T2', name: 'Elevtrivsel',
    definition: 'Gennemsnitlig score (1–5) for social trivsel i den nationale trivselsmåling, 4.–9. klasse.',
    source: 'Den nationale trivselsmåling', unit: 'point', decimals: 2,
    measureType: 'number', direction: 'increase', frequency: 'year', actorAggregation: 'mean', timeAggregation: 'mean',
    baseline: 3.7, target: 4.1, targetYearOffset: 2, trend: 'on_track', reporters: schools,
  },
  {
    key: 'iuddannelse', goal: 'uddannelse', code: 'U1', name: 'Unge 15–24 år i uddannelse eller job',
    definition: 'Andel af de 15–24-årige med bopæl i Nordhøj, der er i gang med en uddannelse eller i beskæftigelse.',
    source: 'Kommunens registerdata', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'increase', frequency: 'quarter', actorAggregation: 'none', timeAggregation: 'last',
    baseline: 82, target: 90, targetYearOffset: 2, trend: 'at_risk', reporters: [], denominator: 1900,
  },
  {
    key: 'lektiecafe', goal: 'uddannelse', code: 'U2', name: 'Besøg i lektiecaféer',
    definition: 'Antal elevbesøg i lektiecaféer hos partnerne i løbet af måneden.',
    source: 'Deltagerlister', unit: 'besøg', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 180, target: 320, targetYearOffset: 2, trend: 'on_track', reporters: ['lektiecafe', 'bibliotek', 'nordhojskole', 'boldklub'],
    disaggregation: {
      name: 'Køn',
      categories: [
        { name: 'Piger', share: 0.5 },
        { name: 'Drenge', share: 0.47 },
        { name: 'Andet eller ønsker ikke at oplyse', share: 0.03 },
      ],
    },
  },
  {
    key: 'fritidsjob', goal: 'uddannelse', code: 'U3', name: 'Unge i fritidsjob via initiativet, i alt',
    definition: 'Samlet antal unge 13–17 år, der har fået et fritidsjob gennem initiativet siden starten.',
    source: 'Fritidsjobformidlingens liste', unit: 'unge', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'last',
    cumulative: true, baseline: 8, target: 300, targetYearOffset: 2, trend: 'on_track',
    reporters: ['erhvervsforening', 'boligselskab', 'helhedsplan'],
  },
  {
    key: 'brobygning', goal: 'uddannelse', code: 'U4', name: 'Elever i erhvervspraktik og brobygning',
    definition: 'Antal elever i 8.–10. klasse, der har gennemført erhvervspraktik eller brobygning i kvartalet.',
    source: 'UU og skolernes registrering', unit: 'elever', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 30, target: 80, targetYearOffset: 2, trend: 'off_track',
    reporters: ['uu', 'erhvervsskole', 'erhvervsforening', 'kobmand', 'nordhojskole'],
  },
  {
    key: 'frivillige', goal: 'faellesskab', code: 'F1', name: 'Aktive frivillige',
    definition: 'Antal frivillige, der har været aktive mindst en gang om måneden, ved kvartalets udgang.',
    source: 'Foreningernes frivilliglister', unit: 'frivillige', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 60, target: 110, targetYearOffset: 2, trend: 'at_risk',
    reporters: ['boldklub', 'lektiecafe', 'kvindeforening', 'foraeldre', 'spejder', 'helhedsplan'],
    yearTargets: [{ yearOffset: 0, value: 88 }, { yearOffset: 1, value: 99 }],
  },
  {
    key: 'foraeldrecafe', goal: 'faellesskab', code: 'F2', name: 'Forældre i forældrecaféer og netværk',
    definition: 'Antal fremmøder af forældre i forældrecaféer, netværksgrupper og temaaftener i måneden.',
    source: 'Deltagerlister', unit: 'fremmøder', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 45, target: 90, targetYearOffset: 2, trend: 'on_track',
    reporters: ['foraeldre', 'helhedsplan', 'nordhojskole', 'vestbyskole', 'kvindeforening'],
  },
];

export const narratives: DemoNarrative[] = [
  {
    indicator: 'fravaer', periodsAgo: 1,
    whatHappened: 'Fraværet faldt kun lidt i kvartalet og ligger langt fra kurven mod målet.',
    why: 'Skolerne ser flere elever med langvarigt fravær efter sygdom, og forældresamtalerne er kommet sent i gang.',
    nextSteps: 'Forældrenetværket tilbyder at deltage i samtalerne; sekretariatet samler erfaringer fra andre skoler.',
  },
  {
    indicator: 'lektiecafe', periodsAgo: 1,
    whatHappened: 'Flere besøg end nogensinde, især fra piger i 7.–9. klasse.',
    why: 'Biblioteket holder længere åbent om torsdagen, og boldklubben har flyttet træningen, så den ikke overlapper.',
    nextSteps: 'Finde to frivillige mere med naturfag før terminsprøverne.',
  },
  {
    indicator: 'brobygning', periodsAgo: 1,
    whatHappened: 'Antallet af elever i erhvervspraktik er stort set uændret.',
    why: 'Der mangler praktikpladser i handel og håndværk; Købmandsgården er først kommet med for nylig.',
    nextSteps: 'Erhvervsforeningen inviterer medlemmerne til et morgenmøde om praktik.',
  },
];
