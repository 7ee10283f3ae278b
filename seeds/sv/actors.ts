// The Swedish demo's member organisations and working groups (all invented).
import { monthsFromToday } from '../calendar.js';
import type { DemoActor, DemoWorkingGroup } from '../types.js';

const since = monthsFromToday(-40, 15);

export const actors: DemoActor[] = [
  {
    key: 'kansli', name: 'Kansliet för Hela vägen Ekdalen', sector: 'other', role: 'backbone',
    description: 'Samordnar initiativet: håller ihop mätningen, mötena och den gemensamma planen.',
    contactName: 'Samordnare', contactEmail: 'kansliet@example.se', joinedOn: since,
    competences: ['Processledning', 'Uppföljning', 'Fondansökningar'],
    needs: ['Lokaler', 'Rapportering i tid'],
  },
  {
    key: 'sdf', name: 'Stadsdelsförvaltningen Ekdalen', sector: 'public', role: 'steering_group',
    description: 'Ansvarar för socialtjänst, fritid och samhällsvägledning i stadsdelen.',
    contactName: 'Områdeschef', contactEmail: 'sdf.ekdalen@example.se', joinedOn: since,
    competences: ['Föräldrastöd', 'Statistik om stadsdelen', 'Sommarjobb'],
    needs: ['Uppsökande arbete', 'Behovskartläggning'],
  },
  {
    key: 'ekdalsskolan', name: 'Ekdalsskolan F–9', sector: 'education', role: 'steering_group',
    description: 'Grundskola med cirka 650 elever och en aktiv elevhälsa.',
    contactName: 'Rektor', contactEmail: 'ekdalsskolan@example.se', joinedOn: since,
    competences: ['Elevhälsa', 'Studie- och yrkesvägledning', 'Lokaler'],
    needs: ['Läxhjälp', 'Föräldrakontakt'],
  },
  {
    key: 'hagtorn', name: 'Hagtornsskolan 7–9', sector: 'education', role: 'process_group',
    description: 'Högstadieskola med profil mot teknik och entreprenörskap.',
    contactName: 'Biträdande rektor', contactEmail: 'hagtorn@example.se', joinedOn: since,
    competences: ['Prao', 'Teknikverkstad'],
    needs: ['Praktikplatser', 'Förebilder från arbetslivet'],
  },
  {
    key: 'vux', name: 'Vuxenutbildningen Nordväst', sector: 'education', role: 'partner',
    description: 'Kommunal vuxenutbildning med SFI och yrkesutbildningar.',
    contactName: 'Studievägledare', contactEmail: 'vux.nordvast@example.se', joinedOn: since,
    competences: ['Yrkesutbildning', 'Språkstöd', 'Validering'],
    needs: ['Praktikplatser'],
  },
  {
    key: 'ekhem', name: 'Bostadsbolaget Ekhem', sector: 'housing', role: 'steering_group',
    description: 'Allmännyttigt bostadsbolag med cirka 2 400 lägenheter i Ekdalen.',
    contactName: 'Områdesutvecklare', contactEmail: 'ekhem@example.se', joinedOn: since,
    competences: ['Sommarjobb', 'Lokaler', 'Hyresgästdialog'],
    needs: ['Trygghet', 'Fritidsaktiviteter'],
  },
  {
    key: 'dalgarden', name: 'Fastighets AB Dalgården', sector: 'housing', role: 'partner',
    description: 'Privat fastighetsägare i norra Ekdalen.',
    contactName: 'Förvaltare', contactEmail: 'dalgarden@example.se', joinedOn: monthsFromToday(-14, 3),
    competences: ['Sommarjobb', 'Tillfälliga lokaler'],
    needs: ['Fritidsaktiviteter', 'Trygghet'],
  },
  {
    key: 'basket', name: 'Ekdalens IF Basket', sector: 'civil_society', role: 'process_group',
    description: 'Idrottsförening med träningar för 8–19-åringar och öppen hall på fredagar.',
    contactName: 'Ordförande', contactEmail: 'basket@example.se', joinedOn: since,
    competences: ['Idrott', 'Ledarutbildning', 'Förebilder'],
    needs: ['Lokaler', 'Volontärer', 'Finansiering'],
  },
  {
    key: 'laxhjalp', name: 'Läxhjälpsföreningen Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Volontärdriven läxhjälp fyra kvällar i veckan.',
    contactName: 'Verksamhetsledare', contactEmail: 'laxhjalpen@example.se', joinedOn: since,
    competences: ['Läxhjälp', 'Volontärsamordning', 'Studiemotivation'],
    needs: ['Volontärer', 'Lokaler', 'Mellanmål'],
  },
  {
    key: 'foraldrar', name: 'Föräldranätverket Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Föräldrar som ordnar föräldracaféer och nattvandringar.',
    contactName: 'Kontaktperson för styrelsen', contactEmail: 'foraldranatverket@example.se', joinedOn: since,
    competences: ['Föräldrastöd', 'Nattvandring', 'Tolkning'],
    needs: ['Föreläsare', 'Barnpassning'],
  },
  {
    key: 'bron', name: 'Kulturföreningen Bron', sector: 'civil_society', role: 'partner',
    description: 'Kulturförening med musik och dans för barn och unga.',
    contactName: 'Sekreterare', contactEmail: 'bron@example.se', joinedOn: since, leftOn: monthsFromToday(-9, 30),
    competences: ['Kulturaktiviteter', 'Musik och dans'],
    needs: ['Lokaler', 'Föreningsadministration'],
  },
  {
    key: 'studieforbund', name: 'Studieförbundet Lärkan Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Studiecirklar, kurser och stöd till föreningar.',
    contactName: 'Verksamhetsutvecklare', contactEmail: 'larkan@example.se', joinedOn: since,
    competences: ['Studiecirklar', 'Föreningsutbildning', 'Språkstöd', 'Föreläsare'],
    needs: ['Deltagare till cirklar', 'Lokaler'],
  },
  {
    key: 'kupolen', name: 'Ungdomsgården Kupolen', sector: 'public', role: 'process_group',
    description: 'Mötesplats för 13–19-åringar, öppen fem kvällar i veckan.',
    contactName: 'Fritidsledare', contactEmail: 'kupolen@example.se', joinedOn: since,
    competences: ['Fritidsaktiviteter', 'Ungdomsinflytande', 'Uppsökande arbete'],
    needs: ['Sommarjobb', 'Kulturaktiviteter', 'Hälsa'],
  },
  {
    key: 'jobbtorg', name: 'Jobbtorg Ekdalen', sector: 'public', role: 'process_group',
    description: 'Kommunens stöd till unga 16–24 år som varken arbetar eller studerar.',
    contactName: 'Enhetschef', contactEmail: 'jobbtorg@example.se', joinedOn: since,
    competences: ['Arbetsmarknad', 'Coachning mot arbete', 'Uppsökande arbete'],
    needs: ['Praktikplatser', 'Mentorskap'],
  },
  {
    key: 'bibliotek', name: 'Ekdalens bibliotek', sector: 'public', role: 'partner',
    description: 'Bibliotek med läxhörna, språkcafé och stora salen för möten.',
    contactName: 'Bibliotekschef', contactEmail: 'biblioteket.ekdalen@example.se', joinedOn: since,
    competences: ['Lokaler', 'Språkstöd', 'Digital kompetens', 'Läxhjälp'],
    needs: ['Volontärer'],
  },
  {
    key: 'handel', name: 'Ekdalens Handelsförening', sector: 'business', role: 'partner',
    description: 'Samlar ett trettiotal butiker och företag i centrum.',
    contactName: 'Ordförande', contactEmail: 'handelsforeningen@example.se', joinedOn: since,
    competences: ['Arbetsmarknad', 'Praktikplatser', 'Mentorskap'],
    needs: ['Trygghet', 'Rekrytering av unga'],
  },
  {
    key: 'norrsten', name: 'Norrsten Bygg AB', sector: 'business', role: 'partner',
    description: 'Byggföretag som renoverar bostäder i området.',
    contactName: 'HR-ansvarig', contactEmail: 'norrsten@example.se', joinedOn: monthsFromToday(-8, 12),
    competences: ['Praktikplatser', 'Lärlingsplatser', 'Studiebesök'],
    needs: ['Rekrytering av unga', 'Studie- och yrkesvägledning'],
  },
  {
    key: 'cafe', name: 'Café Mötet (socialt företag)', sector: 'business', role: 'partner',
    description: 'Arbetsintegrerande socialt företag med café och catering.',
    contactName: 'Verksamhetschef', contactEmail: 'cafemotet@example.se', joinedOn: monthsFromToday(-4, 8),
    competences: ['Arbetsträning', 'Catering'],
    needs: ['Uppdrag från partnerna', 'Handledare'],
  },
  {
    key: 'stiftelse', name: 'Stiftelsen Ekdalens framtid', sector: 'foundation', role: 'steering_group',
    description: 'Lokal stiftelse som finansierar initiativets kansli och mindre projekt.',
    contactName: 'Stiftelsens ombudsman', contactEmail: 'stiftelsen@example.se', joinedOn: since,
    competences: ['Finansiering', 'Styrelsearbete'],
    needs: ['Uppföljning'],
  },
  {
    key: 'hogskola', name: 'Högskolan i Norrvik, forskargruppen Unga och arbete', sector: 'research', role: 'partner',
    description: 'Följer initiativet med följeforskning och metodstöd.',
    contactName: 'Forskningsledare', contactEmail: 'unga.arbete@example.se', joinedOn: monthsFromToday(-20, 1),
    competences: ['Följeforskning', 'Uppföljning', 'Enkäter'],
    needs: ['Data', 'Intervjupersoner'],
  },
];

export const workingGroups: DemoWorkingGroup[] = [
  {
    key: 'lokal', name: 'Lokal förankring',
    purpose: 'Bygga förtroende i området: medborgardialoger, ungdomsråd och en återkommande öppen frukost.',
    members: ['kupolen', 'basket', 'foraldrar', 'ekhem', 'bibliotek'],
  },
  {
    key: 'kommunikation', name: 'Kommunikation',
    purpose: 'Gemensam språkdräkt, nyhetsbrev och en plan för inre och yttre kommunikation.',
    members: ['kansli', 'sdf', 'bibliotek', 'studieforbund'],
  },
  {
    key: 'behov', name: 'Behovskartläggning',
    purpose: 'Kartlägga lokala behov, förväntningar och vilka aktörer som saknas.',
    members: ['hogskola', 'sdf', 'ekhem', 'foraldrar', 'jobbtorg'],
  },
  {
    key: 'resurser', name: 'Resurser och ekonomi',
    purpose: 'Gemensamma ansökningar, resursfördelning och förutsättningar för föreningar att delta.',
    members: ['stiftelse', 'ekhem', 'handel', 'kansli'],
  },
];
