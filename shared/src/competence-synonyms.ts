// The words organisations use for the same kind of help, in Swedish, Danish and English: a need
// and a competence match when they name the same concept (see competence-match.ts). Built from the
// demo initiatives' competences and needs and from the vocabulary of competence directories and
// needs mappings ("behovskartläggning", "kompetencekartotek").
//
// How a term is read (after lower-casing, removing accents and punctuation):
//   'word'     the word in its simple plural or definite forms ("lokal" finds "lokalerna"), also as
//              the last part of a compound ("replokal"), which in these languages names the kind
//   'word*'    also as the first part of a compound ("idrott*" finds "idrottsförening")
//   '=word'    exactly this form (or a compound ending in it), for words with a second meaning in
//              another form (Danish "lokale" also means "local")
//   'two words' the words in a row, each in its simple forms

export interface CompetenceConcept {
  id: string;
  terms: { sv: readonly string[]; da: readonly string[]; en: readonly string[] };
}

export const COMPETENCE_CONCEPTS: readonly CompetenceConcept[] = [
  {
    id: 'homework-help',
    terms: {
      sv: ['läxhjälp*', 'läxläsning', 'läxhörna', 'läxcafé'],
      da: ['lektiehjælp*', 'lektiecafé*', 'lektiecafe*'],
      en: ['homework help', 'homework club', 'homework'],
    },
  },
  {
    id: 'sport',
    terms: {
      sv: ['idrott*', 'sport*', 'fotboll*', 'basket*', 'motion'],
      da: ['idræt*', 'sport*', 'fodbold*', 'motion'],
      en: ['sport', 'sports', 'physical activity', 'football'],
    },
  },
  {
    id: 'language-support',
    terms: {
      sv: ['språkstöd', 'språkcafé', 'sfi', 'svenska som andraspråk', 'kurser i svenska', 'språkutveckling'],
      da: ['sprogstøtte', 'sprogstimulering', 'sprogcafé', 'dansk som andetsprog', 'danskundervisning', 'sprogudvikling'],
      en: ['language support', 'language café', 'second language'],
    },
  },
  {
    id: 'interpreting',
    terms: {
      sv: ['tolkning', 'tolk', 'översättning'],
      da: ['tolkning', 'tolk', 'oversættelse'],
      en: ['interpreting', 'interpreter', 'translation'],
    },
  },
  {
    id: 'parenting-support',
    terms: {
      sv: ['föräldrastöd', 'föräldracafé', 'föräldraträff', 'föräldrakontakt', 'föräldrasamverkan', 'föräldrasamarbete', 'familjestöd'],
      da: ['forældrestøtte', 'forældrecafé', 'forældresamarbejde', 'forældrekontakt', 'forældremøde', 'familiestøtte', 'familieindsats'],
      en: ['parenting support', 'parent café', 'parental involvement', 'family support'],
    },
  },
  {
    id: 'premises',
    terms: {
      sv: ['=lokal', '=lokalen', '=lokaler', '=lokalerna', 'mötesrum', 'möteslokal'],
      da: ['=lokaler', '=lokalerne', '=lokalet', 'mødelokale', 'mødelokaler'],
      en: ['premises', 'venue', 'meeting room', 'rooms'],
    },
  },
  {
    id: 'mentoring',
    terms: {
      sv: ['mentorskap', 'mentor*', 'förebild*', 'handledare', 'handledning'],
      da: ['mentorordning', 'mentor*', 'rollemodel*', 'forbillede*'],
      en: ['mentoring', 'mentor', 'mentors', 'role model', 'role models', 'supervision'],
    },
  },
  {
    id: 'summer-jobs',
    terms: {
      sv: ['sommarjobb*', 'feriejobb*', 'feriearbete*', 'extrajobb'],
      da: ['sommerjob*', 'fritidsjob*', 'feriejob*'],
      en: ['summer jobs', 'summer job', 'holiday jobs', 'part-time jobs for young people'],
    },
  },
  {
    id: 'leisure-activities',
    terms: {
      sv: ['fritidsaktivitet*', 'lovaktivitet*', 'fritidsverksamhet', 'ungdomsgård'],
      da: ['fritidsaktivitet*', 'fritidstilbud', 'friluftsliv', 'ungdomsklub'],
      en: ['leisure activities', 'leisure activity', 'youth activities', 'after-school activities'],
    },
  },
  {
    id: 'cultural-activities',
    terms: {
      sv: ['kulturaktivitet*', 'kultur*', 'musik*', 'dans'],
      da: ['kulturaktivitet*', 'kultur*', 'musik*', 'dans'],
      en: ['cultural activities', 'culture', 'music', 'dance', 'arts'],
    },
  },
  {
    id: 'digital-skills',
    terms: {
      sv: ['digital kompetens', 'digitala färdigheter', 'digital vägledning', 'digitalt stöd', 'it-stöd'],
      da: ['digital kompetence', 'digitale færdigheder', 'digital hjælp', 'it-hjælp'],
      en: ['digital skills', 'digital literacy', 'digital help', 'it support'],
    },
  },
  {
    id: 'health',
    terms: {
      sv: ['hälsa', 'hälso*', 'folkhälsa', 'elevhälsa', 'välmående'],
      da: ['sundhed*', 'trivsel*'],
      en: ['health', 'wellbeing', 'well-being'],
    },
  },
  {
    id: 'safety',
    terms: {
      sv: ['trygghet*', 'trygg*', 'nattvandring*', 'vuxna ute'],
      da: ['tryghed*', 'natteravn*', 'voksne på gaden'],
      en: ['safety', 'safe', 'night walks', 'night patrols'],
    },
  },
  {
    id: 'employment',
    terms: {
      sv: ['arbetsmarknad*', 'arbetsgivar*', 'coachning mot arbete', 'jobbcoachning', 'rekrytering'],
      da: ['beskæftigelse*', 'arbejdsmarked*', 'jobcoaching', 'rekruttering', 'virksomhedskontakt'],
      en: ['employment', 'labour market', 'employers', 'job coaching', 'recruitment'],
    },
  },
  {
    id: 'work-placements',
    terms: {
      sv: ['praktik*', 'prao*', 'lärlingsplats*', 'arbetsträning'],
      da: ['praktik*', 'erhvervspraktik*', 'lærlingeplads*', 'elevplads*'],
      en: ['work placement', 'work placements', 'internship', 'internships', 'apprenticeship'],
    },
  },
  {
    id: 'volunteers',
    terms: {
      sv: ['volontär*', 'frivillig*', 'ideella krafter'],
      da: ['frivillig*'],
      en: ['volunteer*', 'volunteering'],
    },
  },
  {
    id: 'leaders',
    terms: {
      sv: ['ledarutbildning', 'ledare', 'tränare', 'unga ledare'],
      da: ['ledertræning', 'lederuddannelse', 'ledere', 'trænere', 'hjælpetrænere'],
      en: ['leader training', 'leadership training', 'leaders', 'coaches'],
    },
  },
  {
    id: 'guidance',
    terms: {
      sv: ['studievägledning', 'yrkesvägledning', 'studie och yrkesvägledning', 'studiemotiv*', 'brobygge'],
      da: ['uddannelsesvejledning', 'vejledning', 'brobygning*'],
      en: ['careers guidance', 'study guidance', 'guidance counselling'],
    },
  },
  {
    id: 'funding',
    terms: {
      sv: ['finansiering', 'fondansökning*', 'ansökningar till fonder', 'bidrag'],
      da: ['finansiering', 'fundraising', 'fondsansøgning*', 'fondsmidler'],
      en: ['funding', 'fundraising', 'grant applications', 'grants'],
    },
  },
  {
    id: 'data-and-evaluation',
    terms: {
      sv: ['uppföljning', 'data*', 'utvärdering', 'statistik', 'följeforskning', 'effektmätning', 'behovskartläggning'],
      da: ['opfølgning', 'data*', 'evaluering*', 'dokumentation', 'statistik', 'følgeforskning', 'effektmåling', 'behovsafdækning'],
      en: ['evaluation', 'data', 'monitoring', 'statistics', 'impact measurement', 'needs assessment'],
    },
  },
  {
    id: 'outreach',
    terms: {
      sv: ['uppsökande', 'uppsökande arbete', 'når familjer', 'kontakt med unga'],
      da: ['opsøgende', 'opsøgende arbejde', 'nå de familier', 'kontakt til unge'],
      en: ['outreach', 'outreach work'],
    },
  },
  {
    id: 'reading',
    terms: {
      sv: ['läsning', 'läsfrämjande', 'läsecirkel', 'högläsning'],
      da: ['læsning', 'læsegruppe', 'læselyst', 'dialogisk læsning'],
      en: ['reading', 'reading groups', 'literacy'],
    },
  },
  {
    id: 'food',
    terms: {
      sv: ['catering', 'mellanmål', 'måltid*', 'matlagning'],
      da: ['catering', 'madlavning', 'aftensmad', 'måltid*', 'mad'],
      en: ['catering', 'meals', 'snacks', 'cooking'],
    },
  },
  {
    id: 'association-skills',
    terms: {
      sv: ['föreningsadministration', 'föreningsutbildning', 'föreningskunskap', 'styrelsearbete', 'styrelsekompetens'],
      da: ['foreningsdrift', 'foreningsudvikling', 'bestyrelsesarbejde', 'bestyrelseskompetence'],
      en: ['running an association', 'board work', 'association management'],
    },
  },
  {
    id: 'speakers',
    terms: {
      sv: ['föreläsare', 'föreläsning*', 'gästtalare'],
      da: ['oplægsholder*', 'foredrag*', 'gæstetaler*'],
      en: ['speakers', 'speaker', 'talks', 'guest speaker'],
    },
  },
  {
    id: 'childcare',
    terms: {
      sv: ['barnpassning', 'barnvakt'],
      da: ['børnepasning'],
      en: ['childcare', 'babysitting'],
    },
  },
  {
    id: 'youth-participation',
    terms: {
      sv: ['ungdomsinflytande', 'ungdomsråd', 'delaktighet'],
      da: ['ungeinddragelse', 'børne og ungeinddragelse', 'ungeråd', 'ungdomsråd'],
      en: ['youth participation', 'youth council'],
    },
  },
];
