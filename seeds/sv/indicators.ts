// The Swedish demo's shared measurement: what the partners count, and the story behind some curves.
import type { DemoIndicator, DemoNarrative } from '../types.js';

const schools = ['ekdalsskolan', 'hagtorn'];

export const indicators: DemoIndicator[] = [
  {
    key: 'behorighet', goal: 'skola', code: 'S1', name: 'Elever i åk 9 behöriga till gymnasiet',
    definition: 'Andel av eleverna i årskurs 9 som är behöriga till ett nationellt gymnasieprogram vid vårterminens slut.',
    source: 'Skolornas betygsstatistik', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'increase', frequency: 'year', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 71, target: 82, targetYearOffset: 2, trend: 'at_risk', reporters: schools, denominator: 70,
  },
  {
    key: 'laxhjalp', goal: 'skola', code: 'S2', name: 'Besök på läxhjälpen',
    definition: 'Antal elevbesök på läxhjälp som partnerna anordnar, per månad.',
    source: 'Närvarolistor', unit: 'besök', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 310, target: 520, targetYearOffset: 2, trend: 'on_track',
    reporters: ['laxhjalp', 'bibliotek', 'studieforbund', 'ekdalsskolan', 'bron'],
    disaggregation: {
      name: 'Kön',
      categories: [
        { name: 'Flickor', share: 0.52 },
        { name: 'Pojkar', share: 0.45 },
        { name: 'Annat eller vill inte uppge', share: 0.03 },
      ],
    },
  },
  {
    key: 'franvaro', goal: 'skola', code: 'S3', name: 'Elever med hög frånvaro',
    definition: 'Andel elever med mer än 15 % frånvaro (giltig och ogiltig) under kvartalet.',
    source: 'Skolornas frånvarosystem', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'decrease', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 19, target: 12, targetYearOffset: 2, trend: 'off_track', reporters: schools, denominator: 420,
  },
  {
    key: 'fritid', goal: 'fritid', code: 'F1', name: 'Unga i regelbunden organiserad fritid',
    definition: 'Antal unga 10–19 år som deltar i en organiserad fritidsaktivitet minst en gång i veckan, vid kvartalets slut.',
    source: 'Föreningarnas medlemsregister', unit: 'unga', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 240, target: 400, targetYearOffset: 2, trend: 'on_track',
    reporters: ['basket', 'kupolen', 'studieforbund', 'bron', 'laxhjalp'],
    yearTargets: [{ yearOffset: 0, value: 330 }, { yearOffset: 1, value: 365 }],
  },
  {
    key: 'ledare', goal: 'fritid', code: 'F2', name: 'Aktiva ideella ledare och mentorer',
    definition: 'Antal vuxna och unga ledare som leder en aktivitet minst en gång i månaden, vid kvartalets slut.',
    source: 'Föreningarnas ledarförteckningar', unit: 'ledare', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 35, target: 70, targetYearOffset: 2, trend: 'off_track',
    reporters: ['basket', 'laxhjalp', 'foraldrar', 'studieforbund'],
  },
  {
    key: 'sommarjobb', goal: 'arbete', code: 'A1', name: 'Unga med sommarjobb, praktik eller extrajobb',
    definition: 'Antal unga 15–24 år som påbörjat ett sommarjobb, en praktik eller ett extrajobb hos en partner under kvartalet.',
    source: 'Partnernas personalsystem', unit: 'unga', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 45, target: 90, targetYearOffset: 2, trend: 'on_track',
    reporters: ['ekhem', 'dalgarden', 'handel', 'norrsten', 'sdf', 'cafe'],
  },
  {
    key: 'vidare', goal: 'arbete', code: 'A2', name: 'Unga i jobb eller studier efter stöd, sedan start',
    definition: 'Sammanlagt antal unga 16–24 år som efter stöd från en partner har börjat arbeta eller studera, räknat från initiativets start.',
    source: 'Jobbtorgets och vuxenutbildningens uppföljning', unit: 'unga', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'last',
    cumulative: true, baseline: 12, target: 600, targetYearOffset: 2, trend: 'on_track',
    reporters: ['jobbtorg', 'vux', 'studieforbund'],
  },
  {
    key: 'praktikplatser', goal: 'arbete', code: 'A3', name: 'Praktikplatser tillgängliga för unga',
    definition: 'Antal praktikplatser som partnerna har öppna för unga vid kvartalets slut.',
    source: 'Praktikplatsbanken', unit: 'platser', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'last',
    baseline: 20, target: 60, targetYearOffset: 2, trend: 'at_risk',
    reporters: ['handel', 'norrsten', 'ekhem', 'dalgarden', 'sdf', 'cafe'],
  },
  {
    key: 'overgang', goal: 'arbete', code: 'A4', name: 'Deltagare som går vidare till arbete eller studier',
    definition: 'Andel av de unga som avslutat ett stöd under kvartalet och då gick vidare till arbete eller studier.',
    source: 'Partnernas deltagaruppföljning', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'increase', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 38, target: 55, targetYearOffset: 2, trend: 'on_track', reporters: ['jobbtorg', 'vux', 'studieforbund'], denominator: 40,
  },
  {
    key: 'foraldratraffar', goal: 'foraldrar', code: 'P1', name: 'Föräldrar på föräldraträffar',
    definition: 'Antal föräldrabesök på föräldracaféer, föräldramöten med tolk och temakvällar under månaden.',
    source: 'Närvarolistor', unit: 'besök', decimals: 0,
    measureType: 'number', direction: 'increase', frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum',
    baseline: 60, target: 120, targetYearOffset: 2, trend: 'at_risk',
    reporters: ['foraldrar', 'ekdalsskolan', 'bibliotek', 'bron', 'kupolen'],
  },
  {
    key: 'samverkan', goal: 'foraldrar', code: 'P2', name: 'Nöjdhet med samverkan i initiativet',
    definition: 'Partnernas genomsnittliga svar (1–5) på frågan om samverkan i initiativet hjälper dem i deras arbete.',
    source: 'Halvårsenkät till partnerna', unit: 'poäng', decimals: 1,
    measureType: 'number', direction: 'maintain', frequency: 'half_year', actorAggregation: 'mean', timeAggregation: 'mean',
    baseline: 3.9, target: 4, targetYearOffset: 2, trend: 'on_track',
    reporters: ['sdf', 'ekdalsskolan', 'hagtorn', 'ekhem', 'basket', 'laxhjalp', 'foraldrar', 'kupolen', 'jobbtorg', 'handel', 'stiftelse', 'bibliotek', 'studieforbund'],
  },
  {
    key: 'arbetsloshet', goal: 'arbete', code: 'A5', name: 'Arbetslöshet bland unga 18–24 år i Ekdalen',
    definition: 'Andel av befolkningen 18–24 år i stadsdelen som är öppet arbetslösa eller i program, kvartalets sista månad.',
    source: 'Kommunens statistikdatabas', unit: '%', decimals: 1,
    measureType: 'percentage', direction: 'decrease', frequency: 'quarter', actorAggregation: 'none', timeAggregation: 'last',
    baseline: 14.5, target: 9, targetYearOffset: 2, trend: 'at_risk', reporters: [], denominator: 1450,
  },
];

export const narratives: DemoNarrative[] = [
  {
    indicator: 'ledare', periodsAgo: 1,
    whatHappened: 'Antalet ledare minskade efter sommaren när flera unga ledare började studera på annan ort.',
    why: 'Vi har varit beroende av ett fåtal eldsjälar, och mentorprogrammet är pausat i väntan på finansiering.',
    nextSteps: 'Resursgruppen tar fram en gemensam ansökan för ledarutbildning; basketföreningen testar att para ihop nya ledare med erfarna.',
  },
  {
    indicator: 'laxhjalp', periodsAgo: 1,
    whatHappened: 'Fler besök än någon månad tidigare, särskilt på torsdagar när biblioteket har öppet längre.',
    why: 'Skolan informerade om läxhjälpen på utvecklingssamtalen och föräldranätverket spred informationen på flera språk.',
    nextSteps: 'Rekrytera två volontärer med NO-kunskaper inför provperioden i vår.',
  },
  {
    indicator: 'arbetsloshet', periodsAgo: 1,
    whatHappened: 'Ungdomsarbetslösheten sjönk något men ligger fortfarande över linjen mot målet.',
    why: 'Efterfrågan på arbetskraft i regionen har minskat; fler unga söker sig till vuxenutbildningen.',
    nextSteps: 'Jobbtorget och handelsföreningen ordnar en rekryteringsdag i centrum.',
  },
  {
    indicator: 'praktikplatser', periodsAgo: 1,
    whatHappened: 'Norrsten Bygg och Café Mötet har anslutit och erbjuder nya platser.',
    why: 'Praktikplatsbanken gör det enklare för företagen att anmäla platser.',
    nextSteps: 'Följa upp att platserna faktiskt fylls, inte bara erbjuds.',
  },
];
