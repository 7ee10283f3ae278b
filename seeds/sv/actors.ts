// The Swedish demo's member organisations and working groups (all invented).
import { monthsFromToday } from '../calendar.js';
import type { DemoActor, DemoWorkingGroup } from '../types.js';

const since = monthsFromToday(-40, 15);

export const actors: DemoActor[] = [
  {
    key: 'kansli', name: 'Kansliet för Hela vägen Ekdalen', sector: 'other', role: 'backbone',
    description: 'Samordnar initiativet: håller ihop mätningen, mötena och den gemensamma planen.',
    contactName: 'Samordnare', contactEmail: 'kansliet@example.se', joinedOn: since,
    competences: ['Processledning', 'Datainsamling och uppföljning', 'Ansökningar till fonder och stiftelser'],
    needs: ['Fler partner som rapporterar i tid', 'Lokal för kvartalsmötena'],
  },
  {
    key: 'sdf', name: 'Stadsdelsförvaltningen Ekdalen', sector: 'public', role: 'steering_group',
    description: 'Ansvarar för socialtjänst, fritid och samhällsvägledning i stadsdelen.',
    contactName: 'Områdeschef', contactEmail: 'sdf.ekdalen@example.se', joinedOn: since,
    competences: ['Socialtjänstens förebyggande arbete', 'Statistik om stadsdelen', 'Feriearbeten för unga'],
    needs: ['Föreningar som når familjer vi inte når', 'Gemensam bild av behoven'],
  },
  {
    key: 'ekdalsskolan', name: 'Ekdalsskolan F–9', sector: 'education', role: 'steering_group',
    description: 'Grundskola med cirka 650 elever och en aktiv elevhälsa.',
    contactName: 'Rektor', contactEmail: 'ekdalsskolan@example.se', joinedOn: since,
    competences: ['Elevhälsa', 'Studie- och yrkesvägledning', 'Lokaler kvällstid'],
    needs: ['Läxhjälp för elever i åk 7–9', 'Kontakt med föräldrar som inte kommer på möten'],
  },
  {
    key: 'hagtorn', name: 'Hagtornsskolan 7–9', sector: 'education', role: 'process_group',
    description: 'Högstadieskola med profil mot teknik och entreprenörskap.',
    contactName: 'Biträdande rektor', contactEmail: 'hagtorn@example.se', joinedOn: since,
    competences: ['Prao och arbetslivsorientering', 'Teknikverkstad'],
    needs: ['Fler praoplatser', 'Förebilder från arbetslivet'],
  },
  {
    key: 'vux', name: 'Vuxenutbildningen Nordväst', sector: 'education', role: 'partner',
    description: 'Kommunal vuxenutbildning med SFI och yrkesutbildningar.',
    contactName: 'Studievägledare', contactEmail: 'vux.nordvast@example.se', joinedOn: since,
    competences: ['Yrkesutbildning inom bygg och vård', 'SFI', 'Validering'],
    needs: ['Praktikplatser för yrkeselever'],
  },
  {
    key: 'ekhem', name: 'Bostadsbolaget Ekhem', sector: 'housing', role: 'steering_group',
    description: 'Allmännyttigt bostadsbolag med cirka 2 400 lägenheter i Ekdalen.',
    contactName: 'Områdesutvecklare', contactEmail: 'ekhem@example.se', joinedOn: since,
    competences: ['Sommarjobb för unga i utemiljön', 'Lokaler i bottenplan', 'Hyresgästdialog'],
    needs: ['Trygghetsvandringar med föreningar', 'Fler vuxna ute på kvällarna'],
  },
  {
    key: 'dalgarden', name: 'Fastighets AB Dalgården', sector: 'housing', role: 'partner',
    description: 'Privat fastighetsägare i norra Ekdalen.',
    contactName: 'Förvaltare', contactEmail: 'dalgarden@example.se', joinedOn: monthsFromToday(-14, 3),
    competences: ['Feriejobb inom fastighetsskötsel', 'Tillfälliga lokaler'],
    needs: ['Samarbete med föreningar om aktiviteter på gårdarna'],
  },
  {
    key: 'basket', name: 'Ekdalens IF Basket', sector: 'civil_society', role: 'process_group',
    description: 'Idrottsförening med träningar för 8–19-åringar och öppen hall på fredagar.',
    contactName: 'Ordförande', contactEmail: 'basket@example.se', joinedOn: since,
    competences: ['Ledarutbildning', 'Öppen hall på fredagskvällar', 'Unga ledare som förebilder'],
    needs: ['Halltider', 'Fler vuxna ledare', 'Finansiering av ledarutbildning'],
  },
  {
    key: 'laxhjalp', name: 'Läxhjälpsföreningen Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Volontärdriven läxhjälp fyra kvällar i veckan.',
    contactName: 'Verksamhetsledare', contactEmail: 'laxhjalpen@example.se', joinedOn: since,
    competences: ['Läxhjälp i matematik och svenska', 'Volontärsamordning', 'Studiemotiverande samtal'],
    needs: ['Volontärer med kunskaper i NO', 'Mellanmål till eleverna', 'Lokal på lördagar'],
  },
  {
    key: 'foraldrar', name: 'Föräldranätverket Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Föräldrar som ordnar föräldracaféer och nattvandringar.',
    contactName: 'Kontaktperson för styrelsen', contactEmail: 'foraldranatverket@example.se', joinedOn: since,
    competences: ['Föräldracaféer', 'Nattvandring', 'Tolkning till arabiska och somaliska'],
    needs: ['Föreläsare om skolsystemet', 'Barnpassning under träffarna'],
  },
  {
    key: 'bron', name: 'Kulturföreningen Bron', sector: 'civil_society', role: 'partner',
    description: 'Kulturförening med musik och dans för barn och unga.',
    contactName: 'Sekreterare', contactEmail: 'bron@example.se', joinedOn: since, leftOn: monthsFromToday(-9, 30),
    competences: ['Musik- och dansgrupper', 'Kulturevenemang'],
    needs: ['Replokal', 'Stöd i föreningsadministration'],
  },
  {
    key: 'studieforbund', name: 'Studieförbundet Lärkan Ekdalen', sector: 'civil_society', role: 'partner',
    description: 'Studiecirklar, kurser och stöd till föreningar.',
    contactName: 'Verksamhetsutvecklare', contactEmail: 'larkan@example.se', joinedOn: since,
    competences: ['Studiecirklar', 'Föreningsutbildning', 'Kurser i svenska'],
    needs: ['Deltagare i cirklar för unga vuxna'],
  },
  {
    key: 'kupolen', name: 'Ungdomsgården Kupolen', sector: 'public', role: 'process_group',
    description: 'Mötesplats för 13–19-åringar, öppen fem kvällar i veckan.',
    contactName: 'Fritidsledare', contactEmail: 'kupolen@example.se', joinedOn: since,
    competences: ['Ungdomsinflytande', 'Lovaktiviteter', 'Relationer med unga i området'],
    needs: ['Samarbete med arbetsgivare', 'Fler lovaktiviteter för tjejer'],
  },
  {
    key: 'jobbtorg', name: 'Jobbtorg Ekdalen', sector: 'public', role: 'process_group',
    description: 'Kommunens stöd till unga 16–24 år som varken arbetar eller studerar.',
    contactName: 'Enhetschef', contactEmail: 'jobbtorg@example.se', joinedOn: since,
    competences: ['Coachning mot arbete', 'Uppsökande arbete', 'Matchning mot arbetsgivare'],
    needs: ['Arbetsgivare som tar emot praktikanter', 'Kontakt med unga som inte söker stöd'],
  },
  {
    key: 'bibliotek', name: 'Ekdalens bibliotek', sector: 'public', role: 'partner',
    description: 'Bibliotek med läxhörna, språkcafé och stora salen för möten.',
    contactName: 'Bibliotekschef', contactEmail: 'biblioteket.ekdalen@example.se', joinedOn: since,
    competences: ['Lokaler för möten', 'Språkcafé', 'Digital vägledning'],
    needs: ['Volontärer till läxhörnan'],
  },
  {
    key: 'handel', name: 'Ekdalens Handelsförening', sector: 'business', role: 'partner',
    description: 'Samlar ett trettiotal butiker och företag i centrum.',
    contactName: 'Ordförande', contactEmail: 'handelsforeningen@example.se', joinedOn: since,
    competences: ['Kontakter med lokala arbetsgivare', 'Praktikplatser i handeln'],
    needs: ['Tryggare centrum på kvällarna', 'Unga med intresse för handel'],
  },
  {
    key: 'norrsten', name: 'Norrsten Bygg AB', sector: 'business', role: 'partner',
    description: 'Byggföretag som renoverar bostäder i området.',
    contactName: 'HR-ansvarig', contactEmail: 'norrsten@example.se', joinedOn: monthsFromToday(-8, 12),
    competences: ['Lärlingsplatser', 'Studiebesök på byggarbetsplatser'],
    needs: ['Motiverade unga till yrkesutbildning'],
  },
  {
    key: 'cafe', name: 'Café Mötet (socialt företag)', sector: 'business', role: 'partner',
    description: 'Arbetsintegrerande socialt företag med café och catering.',
    contactName: 'Verksamhetschef', contactEmail: 'cafemotet@example.se', joinedOn: monthsFromToday(-4, 8),
    competences: ['Arbetsträning', 'Catering till möten'],
    needs: ['Uppdrag från partnerna', 'Handledare'],
  },
  {
    key: 'stiftelse', name: 'Stiftelsen Ekdalens framtid', sector: 'foundation', role: 'steering_group',
    description: 'Lokal stiftelse som finansierar initiativets kansli och mindre projekt.',
    contactName: 'Stiftelsens ombudsman', contactEmail: 'stiftelsen@example.se', joinedOn: since,
    competences: ['Finansiering', 'Styrelsekompetens'],
    needs: ['Tydlig uppföljning av effekter'],
  },
  {
    key: 'hogskola', name: 'Högskolan i Norrvik, forskargruppen Unga och arbete', sector: 'research', role: 'partner',
    description: 'Följer initiativet med följeforskning och metodstöd.',
    contactName: 'Forskningsledare', contactEmail: 'unga.arbete@example.se', joinedOn: monthsFromToday(-20, 1),
    competences: ['Följeforskning', 'Enkätmetod', 'Analys av registerdata'],
    needs: ['Tillgång till initiativets data', 'Intervjupersoner'],
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
