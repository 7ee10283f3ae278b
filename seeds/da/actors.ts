// The Danish demo's member organisations and working groups (all invented).
import { monthsFromToday } from '../calendar.js';
import type { DemoActor, DemoWorkingGroup } from '../types.js';

const since = monthsFromToday(-38, 1);

export const actors: DemoActor[] = [
  {
    key: 'sekretariat', name: 'Sekretariatet for Sammen om Nordhøj', sector: 'other', role: 'backbone',
    description: 'Initiativets backbone: koordinerer indsatserne, samler data og forbereder partnermøderne.',
    contactName: 'Sekretariatsleder', contactEmail: 'sekretariatet@example.dk', joinedOn: since,
    competences: ['Facilitering af møder', 'Dataindsamling og rapportering', 'Fundraising'],
    needs: ['Partnere der indberetter til tiden', 'Lokaler til workshops'],
  },
  {
    key: 'forvaltning', name: 'Børne- og Ungeforvaltningen i Nordhøj', sector: 'public', role: 'steering_group',
    description: 'Kommunens forvaltning for dagtilbud, skoler og forebyggende indsatser i området.',
    contactName: 'Områdechef', contactEmail: 'bu.nordhoj@example.dk', joinedOn: since,
    competences: ['Kommunale data om børn og unge', 'Forebyggende familieindsatser'],
    needs: ['Foreninger der kan nå de familier, kommunen ikke når'],
  },
  {
    key: 'boligselskab', name: 'Boligselskabet Nordhøjparken', sector: 'housing', role: 'steering_group',
    description: 'Almen boligorganisation med cirka 1.800 lejemål i Nordhøj.',
    contactName: 'Driftschef', contactEmail: 'nordhojparken@example.dk', joinedOn: since,
    competences: ['Fritidsjob i boligområdet', 'Lokaler i stueetagen', 'Beboerdemokrati'],
    needs: ['Flere aktiviteter for unge om aftenen'],
  },
  {
    key: 'helhedsplan', name: 'Den boligsociale helhedsplan i Nordhøj', sector: 'housing', role: 'process_group',
    description: 'Boligsocial indsats med fokus på familier, uddannelse og beskæftigelse.',
    contactName: 'Projektleder', contactEmail: 'helhedsplanen@example.dk', joinedOn: since,
    competences: ['Opsøgende arbejde', 'Frivilligkoordinering', 'Kendskab til familierne i området'],
    needs: ['Samarbejde med skolerne om fravær', 'Flere frivillige'],
  },
  {
    key: 'nordhojskole', name: 'Nordhøj Skole', sector: 'education', role: 'steering_group',
    description: 'Folkeskole med 0.–9. klasse og cirka 600 elever.',
    contactName: 'Skoleleder', contactEmail: 'nordhojskole@example.dk', joinedOn: since,
    competences: ['Trivselsarbejde', 'Forældresamarbejde', 'Lokaler om eftermiddagen'],
    needs: ['Lektiehjælp til de ældste elever', 'Erhvervspraktikpladser'],
  },
  {
    key: 'vestbyskole', name: 'Vestbyens Skole', sector: 'education', role: 'process_group',
    description: 'Folkeskole med udskoling og en modtageklasse.',
    contactName: 'Afdelingsleder for udskolingen', contactEmail: 'vestbyensskole@example.dk', joinedOn: since,
    competences: ['Modtageklasse og dansk som andetsprog', 'Valgfag om iværksætteri'],
    needs: ['Rollemodeller fra erhvervslivet', 'Tolkning til forældremøder'],
  },
  {
    key: 'dagtilbud', name: 'Dagtilbud Nordhøj (fire børnehuse)', sector: 'public', role: 'process_group',
    description: 'Kommunale vuggestuer og børnehaver i Nordhøj.',
    contactName: 'Dagtilbudsleder', contactEmail: 'dagtilbud.nordhoj@example.dk', joinedOn: since,
    competences: ['Sprogvurdering', 'Sprogstimulering i hverdagen'],
    needs: ['Samarbejde med biblioteket om læsning', 'Kontakt til familier før børnehavestart'],
  },
  {
    key: 'maelkebotten', name: 'Børnehuset Mælkebøtten (selvejende)', sector: 'education', role: 'partner',
    description: 'Selvejende børnehave med 60 børn.',
    contactName: 'Leder', contactEmail: 'maelkeboetten@example.dk', joinedOn: since,
    competences: ['Udeliv og natur', 'Dialogisk læsning'],
    needs: ['Sprogmaterialer på flere sprog'],
  },
  {
    key: 'sundhedspleje', name: 'Sundhedsplejen Nord', sector: 'public', role: 'partner',
    description: 'Sundhedsplejersker for familier med børn fra fødsel til skolestart.',
    contactName: 'Ledende sundhedsplejerske', contactEmail: 'sundhedsplejen@example.dk', joinedOn: since,
    competences: ['Hjemmebesøg', 'Mødregrupper', 'Tidlig opsporing'],
    needs: ['Lokaler til åben rådgivning i boligområdet'],
  },
  {
    key: 'uu', name: 'Ungdommens Uddannelsesvejledning Nord', sector: 'public', role: 'partner',
    description: 'Vejledning af unge om uddannelse og job.',
    contactName: 'Vejlederkoordinator', contactEmail: 'uu.nord@example.dk', joinedOn: since,
    competences: ['Uddannelsesvejledning', 'Brobygning', 'Opfølgning på unge uden uddannelse'],
    needs: ['Virksomheder der vil vise deres arbejdspladser frem'],
  },
  {
    key: 'erhvervsskole', name: 'Erhvervsskolen Syd', sector: 'education', role: 'partner',
    description: 'Erhvervsuddannelser inden for bygge og anlæg, handel og sundhed.',
    contactName: 'Uddannelseschef', contactEmail: 'erhvervsskolensyd@example.dk', joinedOn: monthsFromToday(-15, 10),
    competences: ['Brobygningsforløb', 'Værksteder til introduktionsdage'],
    needs: ['Kontakt til forældre til elever i 8. klasse'],
  },
  {
    key: 'boldklub', name: 'Nordhøj Boldklub', sector: 'civil_society', role: 'partner',
    description: 'Fodboldklub med hold for børn og unge og et voksende pigehold.',
    contactName: 'Formand', contactEmail: 'boldklubben@example.dk', joinedOn: since,
    competences: ['Trænere og unge hjælpetrænere', 'Sommerfodboldskole'],
    needs: ['Flere frivillige trænere', 'Banetider om vinteren'],
  },
  {
    key: 'lektiecafe', name: 'Lektiecafé Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Frivillig lektiecafé tre eftermiddage om ugen.',
    contactName: 'Frivilligkoordinator', contactEmail: 'lektiecafe@example.dk', joinedOn: since,
    competences: ['Lektiehjælp', 'Frivillige studerende'],
    needs: ['Frivillige med naturfag', 'Aftensmad til de ældste elever'],
  },
  {
    key: 'kvindeforening', name: 'Kvindeforeningen Fællesskab', sector: 'civil_society', role: 'partner',
    description: 'Forening for kvinder med minoritetsbaggrund: sprogcafé, motion og netværk.',
    contactName: 'Formand', contactEmail: 'faellesskab@example.dk', joinedOn: since,
    competences: ['Tolkning og brobygning til familier', 'Madlavning til arrangementer'],
    needs: ['Viden om foreningsdrift', 'Lokaler om aftenen'],
  },
  {
    key: 'foraeldre', name: 'Forældrenetværket Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Forældre der holder forældrecaféer og går natteravn.',
    contactName: 'Kontaktperson', contactEmail: 'foraeldrenetvaerket@example.dk', joinedOn: since,
    competences: ['Forældrecaféer', 'Natteravne'],
    needs: ['Oplægsholdere om skolesystemet'],
  },
  {
    key: 'spejder', name: 'Spejdergruppen Nordhøj', sector: 'civil_society', role: 'partner',
    description: 'Spejdergruppe med ugentlige møder og weekendture.',
    contactName: 'Gruppeleder', contactEmail: 'spejderne@example.dk', joinedOn: since, leftOn: monthsFromToday(-7, 28),
    competences: ['Friluftsliv', 'Ledertræning for unge'],
    needs: ['Nye ledere'],
  },
  {
    key: 'fond', name: 'Fonden for Børns Fællesskaber', sector: 'foundation', role: 'steering_group',
    description: 'Privat fond der medfinansierer sekretariatet og mindre prøvehandlinger.',
    contactName: 'Programchef', contactEmail: 'fonden@example.dk', joinedOn: since,
    competences: ['Finansiering', 'Evalueringsstøtte', 'Netværk til andre initiativer'],
    needs: ['Dokumentation af forandringer over tid'],
  },
  {
    key: 'erhvervsforening', name: 'Nordhøj Erhvervsforening', sector: 'business', role: 'partner',
    description: 'Forening for cirka 40 virksomheder i området.',
    contactName: 'Sekretær', contactEmail: 'erhverv.nordhoj@example.dk', joinedOn: since,
    competences: ['Fritidsjob og praktikpladser', 'Kontakt til lokale virksomheder'],
    needs: ['Unge der er klar til et fritidsjob'],
  },
  {
    key: 'kobmand', name: 'Købmandsgården Nordhøj', sector: 'business', role: 'partner',
    description: 'Dagligvarebutik med 35 ansatte.',
    contactName: 'Butikschef', contactEmail: 'koebmandsgaarden@example.dk', joinedOn: monthsFromToday(-6, 5),
    competences: ['Fritidsjob for 15–17-årige'],
    needs: ['Introduktionsforløb for nye unge medarbejdere'],
  },
  {
    key: 'forskning', name: 'Nordisk Universitetscenter, forskningsgruppen Børn og Fællesskaber', sector: 'research', role: 'partner',
    description: 'Følgeforskning og metodestøtte til fælles målinger.',
    contactName: 'Lektor', contactEmail: 'boern.faellesskaber@example.dk', joinedOn: monthsFromToday(-22, 1),
    competences: ['Følgeforskning', 'Spørgeskemaer', 'Workshops om data'],
    needs: ['Adgang til anonymiserede data', 'Interviewpersoner'],
  },
  {
    key: 'bibliotek', name: 'Nordhøj Bibliotek og Kulturhus', sector: 'public', role: 'partner',
    description: 'Bibliotek med familielæsning, lektiehjørne og mødesal.',
    contactName: 'Biblioteksleder', contactEmail: 'biblioteket.nordhoj@example.dk', joinedOn: since,
    competences: ['Familielæsegrupper', 'Mødelokaler', 'Digital hjælp'],
    needs: ['Frivillige til læsegrupper'],
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
