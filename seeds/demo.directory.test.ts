// The competence directory of each demo initiative is worth opening: organisations share
// competences and needs (so the filter chips count more than one), and most needs meet an offer.
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../server/test/helpers.js';
import type { Db } from '../server/src/db/client.js';
import { competenceSummary, listActors, needMatches } from '../server/src/modules/actors/actors.repository.js';
import { demoInitiativeIds } from './demo-fixture.js';

let db: Db;
let ids: [string, string];

beforeAll(async () => {
  db = (await testApp()).database.db;
  ids = await demoInitiativeIds(db);
});

describe('demo competence directory', () => {
  it.each([0, 1])('initiative %i has competences and needs that several organisations share', async (i) => {
    const summary = await competenceSummary(db, ids[i]);
    expect(summary.competences.filter((c) => c.count >= 2).length).toBeGreaterThanOrEqual(5);
    expect(summary.needs.filter((c) => c.count >= 2).length).toBeGreaterThanOrEqual(3);
    expect(summary.competences[0].count).toBeGreaterThanOrEqual(3);
  });

  it.each([0, 1])('initiative %i meets most needs of the organisations taking part with an offer', async (i) => {
    const active = (await listActors(db, ids[i], { active: true, limit: 500 })).items;
    const needs = active.reduce((n, a) => n + a.needs.length, 0);
    const matches = await needMatches(db, ids[i]);
    expect(matches.length / needs).toBeGreaterThan(0.7);
    // Suggestions go both ways for most organisations: nearly everyone can help someone.
    const helpers = new Set(matches.flatMap((m) => m.offers.map((o) => o.actorId)));
    expect(helpers.size / active.length).toBeGreaterThan(0.6);
  });
});
