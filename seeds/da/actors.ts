// The Danish demo's member organisations and working groups (all invented).
import { monthsFromToday } from '../calendar.js';
import type { DemoActor, DemoWorkingGroup } from '../types.js';

const since = monthsFromToday(-38, 1);

export const actors: DemoActor[] = [
  {
    key: 'sekretariat', name: 'Sekretariatet for Sammen om Nordhøj', sector: 'other', role: 'backbone',
    description: 'Initiativets backbone: koordinerer indsatserne, samler data og forbereder partnermøderne.',
    contactName: 'Sekretariatsleder', contactEmail: 'sekretariatet@example.dk', joinedOn: since,
    competences: ['Facilitering', 'Dataindsamling', 'Fundraising'],
    needs: ['Lokaler', 'Indberetning til tiden'],
  },
  {
    key: 'forvaltning', name: 'Børne- og Ungeforvaltningen i Nordhøj', sector: 'public', role: 'steering_group',
    description: 'Kommunens forvaltning for dagtilbud, skoler og forebyggende indsatser i området.',
    contactName: 'Områdechef', contactEmail: 'bu.nordhoj@example.dk', joinedOn: since,
    competences: ['Data om børn og unge', 'Forældrestøtte'],
    needs: ['Opsøgende arbejde', 'Behovsafdækning'],
  },
  {
    key: 'boligselskab', name: 'Boligselskabet Nordhøjparken', sector: 'housing', role: 'steering_group',
    description: 'Almen boligorganisation med cirka 1.800 lejemål i Nordhøj.',
    contactName: 'Driftschef', contactEmail: 'nordhojparken@example.dk', joinedOn: since,
    competences: ['Fritidsjob', 'Lokaler', 'Beboerdemokrati'],
    needs: ['Fritidsaktiviteter', 'Tryghed'],
  },
  {
    key: 'helhedsplan', name: 'Den boligsociale helhedsplan i Nordhøj', sector: 'housing', role: 'process_group',
    description: 'Boligsocial indsats med fokus på familier, uddannelse og beskæftigelse.',
    contactName: 'Projektleder', contactEmail: 'helhedsplanen@example.dk', joinedOn: since,
    competences: ['Opsøgende arbejde', 'Frivilligkoordinering', 'Forældrestøtte'],
    needs: ['Fritidsaktiviteter', 'Frivillige'],
  },
  {
    key: 'nordhojskole', name: 'Nordhøj Skole', sector: 'education', role: 'steering_group',
    description: 'Folkeskole med 0.–9. klasse og cirka 600 elever.',
    contactName: 'Skoleleder', contactEmail: 'nordhojskole@example.dk', joinedOn: since,
    competences: ['Trivsel', 'Forældresamarbejde', 'Lokaler'],
    needs: ['Lektiehjælp', 'Praktikpladser'],
  },
  {
    key: 'vestbyskole', name: 'Vestbyens Skole', sector: 'education', role: 'process_group',
    description: 'Folkeskole med udskoling og en modtageklasse.',
    contactName: 'Afdelingsleder for udskolingen', contactEmail: 'vestbyensskole@example.dk', joinedOn: since,
    competences: ['Dansk som andetsprog', 'Iværksætteri'],
    needs: ['Rollemodeller', 'Tolkning'],
  },
  {
    key: 'dagtilbud', name: 'Dagtilbud Nordhøj (fire børnehuse)', sector: 'public', role: 'process_group',
    description: 'Kommunale vuggestuer og børnehaver i Nordhøj.',
    contactName: 'Dagtilbudsleder', contactEmail: 'dagtilbud.nordhoj@example.dk', joinedOn: since,
    competences: ['Sprogstøtte', 'Sprogvurdering'],
    needs: ['Læsning', 'Forældrestøtte'],
  },
  {
    key: 'maelkebotten', name: 'Børnehuset Mælkebøtten (selvejende)', sector: 'education', role: 'partner',
    description: 'Selvejende børnehave med 60 børn.',
    contactName: 'Leder', contactEmail: 'maelkeboetten@example.dk', joinedOn: since,
    competences: ['Udeliv og natur', 'Dialogisk læsning'],
    needs: ['Sprogstøtte'],
  },
  {
    key: 'sundhedspleje', name: 'Sundhedsplejen Nord', sector: 'public', role: 'partner',
    description: 'Sundhedsplejersker for familier med børn fra fødsel til skolestart.',
    contactName: 'Ledende sundhedsplejerske', contactEmail: 'sundhedsplejen@example.dk', joinedOn: since,
    competences: ['Sundhed', 'Hjemmebesøg', 'Forældrestøtte'],
    needs: ['Lokaler'],
  },
  {
    key: 'uu', name: 'Ungdommens Uddannelsesvejledning Nord', sector: 'public', role: 'partner',
    description: 'Vejledning af unge om uddannelse og job.',
    contactName: 'Vejlederkoordinator', contactEmail: 'uu.nord@example.dk', joinedOn: since,
    competences: ['Uddannelsesvejledning', 'Brobygning', 'Beskæftigelse'],
    needs: ['Praktikpladser', 'Rollemodeller'],
  },
  {
    key: 'erhvervsskole', name: 'Erhvervsskolen Syd', sector: 'education', role: 'partner',
    description: 'Erhvervsuddannelser inden for bygge og anlæg, handel og sundhed.',
    contactName: 'Uddannelseschef', contactEmail: 'erhvervsskolensyd@example.dk', joinedOn: monthsFromToday(-15, 10),
    competences: ['Brobygning', 'Værksteder', 'Praktikpladser'],
    needs: ['Forældresamarbejde'],
  },
  {
    key: 'boldklub', name: 'Nordhøj Boldklub', sector: 'civil_society', role: 'partner',
    description: 'Fodboldklub med hold for børn og unge og et voksende pigehold.',
    contactName: 'Formand', contactEmail: 'boldklubben@example.dk', joinedOn: since,
    competences: ['Idræt', 'Fritidsaktiviteter', 'Trænere'],
    needs: ['Frivillige', 'Lokaler'],
  },
  {
    key: 'lektiecafe', name: 'Lektiecafé Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Frivillig lektiecafé tre eftermiddage om ugen.',
    contactName: 'Frivilligkoordinator', contactEmail: 'lektiecafe@example.dk', joinedOn: since,
    competences: ['Lektiehjælp', 'Frivillige studerende'],
    needs: ['Frivillige med naturfag', 'Aftensmad'],
  },
  {
    key: 'kvindeforening', name: 'Kvindeforeningen Fællesskab', sector: 'civil_society', role: 'partner',
    description: 'Forening for kvinder med minoritetsbaggrund: sprogcafé, motion og netværk.',
    contactName: 'Formand', contactEmail: 'faellesskab@example.dk', joinedOn: since,
    competences: ['Tolkning', 'Madlavning', 'Forældrestøtte'],
    needs: ['Foreningsdrift', 'Lokaler'],
  },
  {
    key: 'foraeldre', name: 'Forældrenetværket Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Forældre der holder forældrecaféer og går natteravn.',
    contactName: 'Kontaktperson', contactEmail: 'foraeldrenetvaerket@example.dk', joinedOn: since,
    competences: ['Forældrecaféer', 'Natteravne'],
    needs: ['Oplægsholdere', 'Sundhed'],
  },
  {
    key: 'spejder', name: 'Spejdergruppen Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Spejdergruppe med ugentlige møder og weekendture.',
    contactName: 'Gruppeleder', contactEmail: 'spejderne@example.dk', joinedOn: since, leftOn: monthsFromToday(-7, 28),
    competences: ['Friluftsliv', 'Ledertræning', 'Fritidsaktiviteter'],
    needs: ['Frivillige'],
  },
  {
    key: 'fond', name: 'Fonden for Børns Fællesskaber', sector: 'foundation', role: 'steering_group',
    description: 'Privat fond der medfinansierer sekretariatet og mindre prøvehandlinger.',
    contactName: 'Programchef', contactEmail: 'fonden@example.dk', joinedOn: since,
    competences: ['Finansiering', 'Evaluering', 'Foreningsdrift'],
    needs: ['Dokumentation'],
  },
  {
    key: 'erhvervsforening', name: 'Nordhøj Erhvervsforening', sector: 'business', role: 'partner',
    description: 'Forening for cirka 40 virksomheder i området.',
    contactName: 'Sekretær', contactEmail: 'erhverv.nordhoj@example.dk', joinedOn: since,
    competences: ['Fritidsjob', 'Praktikpladser', 'Mentorordning'],
    needs: ['Tryghed', 'Unge til fritidsjob'],
  },
  {
    key: 'kobmand', name: 'Købmandsgården Nordhøj', sector: 'business', role: 'partner',
    description: 'Dagligvarebutik med 35 ansatte.',
    contactName: 'Butikschef', contactEmail: 'koebmandsgaarden@example.dk', joinedOn: monthsFromToday(-6, 5),
    competences: ['Fritidsjob'],
    needs: ['Mentorordning'],
  },
  {
    key: 'forskning', name: 'Nordisk Universitetscenter, forskningsgruppen Børn og Fællesskaber', sector: 'research', role: 'partner',
    description: 'Følgeforskning og metodestøtte til fælles målinger.',
    contactName: 'Lektor', contactEmail: 'boern.faellesskaber@example.dk', joinedOn: monthsFromToday(-22, 1),
    competences: ['Følgeforskning', 'Spørgeskemaer', 'Oplægsholdere'],
    needs: ['Data', 'Interviewpersoner'],
  },
  {
    key: 'bibliotek', name: 'Nordhøj Bibliotek og Kulturhus', sector: 'public', role: 'partner',
    description: 'Bibliotek med familielæsning, lektiehjørne og mødesal.',
    contactName: 'Biblioteksleder', contactEmail: 'biblioteket.nordhoj@example.dk', joinedOn: since,
    competences: ['Læsning', 'Lokaler', 'Digital hjælp', 'Lektiehjælp'],
    needs: ['Frivillige'],
  },
];

export const workingGroups: DemoWorkingGroup[] = [
  {
    key: 'lokal', name: 'Lokal forankring',
    purpose: 'Skabe tillid i området gennem borgerdialog, et ungepanel og åbne arrangementer.',
    members: ['helhedsplan', 'boldklub', 'foraeldre', 'kvindeforening', 'bibliotek'],
  },
  {
    key: 'kommunikation', name: 'Kommunikation',
    purpose: 'Fælles sprog, nyhedsbrev og et kompetencekartotek, så partnerne kan bruge hinandens viden.',
    members: ['sekretariat', 'forvaltning', 'bibliotek', 'forskning'],
  },
  {
    key: 'behov', name: 'Behovsafdækning',
    purpose: 'Afdække familiernes behov og hvilke aktører der mangler i samarbejdet.',
    members: ['forskning', 'sundhedspleje', 'dagtilbud', 'helhedsplan'],
  },
  {
    key: 'ressourcer', name: 'Ressourcer og fundraising',
    purpose: 'Fælles ansøgninger og fordeling af ressourcer, så foreningerne kan deltage.',
    members: ['fond', 'boligselskab', 'erhvervsforening', 'sekretariat'],
  },
];
