import { describe, expect, it } from 'vitest';
import { entriesMatch, entryMeaning, foldText, matchNeeds, stem, words } from './competence-match.js';
import { COMPETENCE_CONCEPTS } from './competence-synonyms.js';

describe('normalising entries', () => {
  it('folds case, accents, æ and ø, and drops punctuation and extra spaces', () => {
    expect(foldText('Läxhjälp ÅÄÖ')).toBe('laxhjalp aao');
    expect(foldText('Forældrestøtte')).toBe('foraldrestotte');
    expect(words('  Studie- och yrkesvägledning,  (SYV)! ')).toEqual(['studie', 'och', 'yrkesvagledning', 'syv']);
  });

  it('strips simple plural and definite endings, keeping short words whole', () => {
    expect(stem('lokalerna')).toBe('lokal');
    expect(stem('lokalerne')).toBe('lokal');
    expect(stem('lokaler')).toBe('lokal');
    expect(stem('praktikpladser')).toBe('praktikplads');
    expect(stem('activities')).toBe('activity');
    expect(stem('jobs')).toBe('jobs');
    expect(stem('data')).toBe('data');
  });
});

describe('synonym table', () => {
  it('has unique concept ids and terms in all three languages', () => {
    const ids = COMPETENCE_CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMPETENCE_CONCEPTS) {
      expect(c.terms.sv.length, c.id).toBeGreaterThan(0);
      expect(c.terms.da.length, c.id).toBeGreaterThan(0);
      expect(c.terms.en.length, c.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['läxhjälp', 'Lektiehjælp', 'homework help'],
    ['Idrott', 'sport', 'Idræt'],
    ['Språkstöd', 'sprogstøtte', 'Language support'],
    ['Föräldrastöd', 'forældrestøtte', 'parenting support'],
    ['Lokaler', 'lokaler', 'premises'],
    ['Mentorskap', 'mentorordning', 'mentoring'],
    ['Sommarjobb', 'sommerjob', 'summer jobs'],
    ['Fritidsaktiviteter', 'fritidsaktiviteter', 'leisure activities'],
    ['Kulturaktiviteter', 'kulturaktiviteter', 'cultural activities'],
    ['Digital kompetens', 'digital kompetence', 'digital skills'],
    ['Hälsa', 'sundhed', 'health'],
    ['Trygghet', 'tryghed', 'safety'],
    ['Arbetsmarknad', 'beskæftigelse', 'employment'],
  ])('%s ~ %s ~ %s', (sv, da, en) => {
    expect(entriesMatch(sv, da)).toBe(true);
    expect(entriesMatch(da, en)).toBe(true);
    expect(entriesMatch(en, sv)).toBe(true);
  });

  it('finds the concept inside longer entries, in plural and definite forms and in compounds', () => {
    expect(entryMeaning('Läxhjälp för elever i åk 7–9').concepts).toEqual(['homework-help']);
    expect(entriesMatch('Lokalen på lördagar', 'Lokaler i bottenplan')).toBe(true);
    expect(entriesMatch('Replokal', 'Mødelokaler')).toBe(true);
    expect(entriesMatch('Idrottsföreningar', 'Sport')).toBe(true);
    expect(entriesMatch('Trygghetsvandringar', 'Nattvandring')).toBe(true);
    expect(entriesMatch('Volontärer med kunskaper i NO', 'Volontärsamordning')).toBe(true);
    expect(entriesMatch('Elevhälsa', 'Health')).toBe(true);
  });

  it('matches entries outside the table when all words of one are in the other', () => {
    expect(entriesMatch('Intervjupersoner', 'Intervjupersoner till studier')).toBe(true);
    expect(entriesMatch('Teknikverkstad', 'Teknikverkstäder')).toBe(true);
    expect(entriesMatch('Teknikverkstad', 'Snickeriverkstad')).toBe(false);
    expect(entriesMatch('Catering', 'CATERING!')).toBe(true);
  });

  it('does not match what only looks alike', () => {
    // Danish "lokale" also means "local": local businesses are no premises.
    expect(entriesMatch('Lokaler', 'Kontakt til lokale virksomheder')).toBe(false);
    expect(entriesMatch('Lokaler', 'Kontakter med lokala arbetsgivare')).toBe(false);
    expect(entriesMatch('Läxhjälp', 'Idrott')).toBe(false);
    expect(entriesMatch('Sommarjobb', 'Praktikplatser')).toBe(false);
    expect(entriesMatch('', 'Idrott')).toBe(false);
  });
});

describe('matchNeeds', () => {
  const a = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const actors = [
    { id: a(1), name: 'Skolan', competences: ['Lokaler', 'Elevhälsa'], needs: ['Läxhjälp i matte', 'Sommarjobb för elever', 'Astronauter'] },
    { id: a(2), name: 'Idrottsföreningen', competences: ['Läxhjälp', 'Fotbollsträning'], needs: ['Lokaler', 'Volontärer'] },
    { id: a(3), name: 'Biblioteket', competences: ['Lektiehjælp', 'Mødelokaler', 'Frivilligkoordinering'], needs: ['Lokaler'] },
    { id: a(4), name: 'Bostadsbolaget', competences: ['Sommarjobb', 'Lokal för möten'], needs: [] },
  ];

  it('lists, per need, the other actors offering a matching competence, by name', () => {
    expect(matchNeeds(actors)).toEqual([
      {
        actorId: a(3),
        actorName: 'Biblioteket',
        need: 'Lokaler',
        offers: [
          { actorId: a(4), actorName: 'Bostadsbolaget', competences: ['Lokal för möten'] },
          { actorId: a(1), actorName: 'Skolan', competences: ['Lokaler'] },
        ],
      },
      {
        actorId: a(2),
        actorName: 'Idrottsföreningen',
        need: 'Lokaler',
        offers: [
          { actorId: a(3), actorName: 'Biblioteket', competences: ['Mødelokaler'] },
          { actorId: a(4), actorName: 'Bostadsbolaget', competences: ['Lokal för möten'] },
          { actorId: a(1), actorName: 'Skolan', competences: ['Lokaler'] },
        ],
      },
      {
        actorId: a(2),
        actorName: 'Idrottsföreningen',
        need: 'Volontärer',
        offers: [{ actorId: a(3), actorName: 'Biblioteket', competences: ['Frivilligkoordinering'] }],
      },
      {
        actorId: a(1),
        actorName: 'Skolan',
        need: 'Läxhjälp i matte',
        offers: [
          { actorId: a(3), actorName: 'Biblioteket', competences: ['Lektiehjælp'] },
          { actorId: a(2), actorName: 'Idrottsföreningen', competences: ['Läxhjälp'] },
        ],
      },
      {
        actorId: a(1),
        actorName: 'Skolan',
        need: 'Sommarjobb för elever',
        offers: [{ actorId: a(4), actorName: 'Bostadsbolaget', competences: ['Sommarjobb'] }],
      },
    ]);
  });

  it('never suggests an actor to itself', () => {
    const alone = [{ id: a(1), name: 'Solo', competences: ['Lokaler'], needs: ['Lokaler'] }];
    expect(matchNeeds(alone)).toEqual([]);
  });
});
