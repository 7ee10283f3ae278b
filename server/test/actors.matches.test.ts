import { describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function isoDay(offsetDays: number) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function createActor(f: Fixture, body: Record<string, unknown>): Promise<string> {
  const res = await f.app.inject({ method: 'POST', url: f.url('/actors'), headers: f.auth('backbone'), payload: { sector: 'civil_society', joinedOn: null, ...body } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

function matches(f: Fixture, role: Role) {
  return f.app.inject({ method: 'GET', url: f.url('/actors/matches'), headers: f.auth(role) });
}

describe('needs meet competences', () => {
  it('suggests, for each need, the other actors taking part today that offer a matching competence', async () => {
    const f = await createFixture();
    const [, actorB] = f.actorIds;
    await f.app.inject({ method: 'PATCH', url: f.url(`/actors/${actorB}`), headers: f.auth('backbone'), payload: { competences: ['Mødelokaler'] } });
    const laxhjalpen = await createActor(f, { name: 'Läxhjälpen', competences: ['Läxhjälp i matematik', 'Volontärsamordning'], needs: ['Lokaler på lördagar'] });
    const skolan = await createActor(f, { name: 'Skolan', sector: 'education', competences: ['Lokaler kvällstid', 'Elevhälsa'], needs: ['Homework help', 'Frivilliga', 'Astronauter'] });
    const lektiecafe = await createActor(f, { name: 'Lektiecaféen', competences: ['Lektiehjælp'], needs: ['Sundhed'] });
    // Neither one that has left nor one that has not yet joined is suggested, or gets suggestions.
    await createActor(f, { name: 'Gamla klubben', competences: ['Lokaler', 'Lektiehjælp'], needs: ['Läxhjälp'], joinedOn: '2020-01-01', leftOn: isoDay(-1) });
    await createActor(f, { name: 'Nya föreningen', competences: ['Premises'], needs: ['Idrott'], joinedOn: isoDay(10) });

    const res = await matches(f, 'partner');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [
        {
          actorId: lektiecafe,
          actorName: 'Lektiecaféen',
          need: 'Sundhed',
          offers: [{ actorId: skolan, actorName: 'Skolan', competences: ['Elevhälsa'] }],
        },
        {
          actorId: laxhjalpen,
          actorName: 'Läxhjälpen',
          need: 'Lokaler på lördagar',
          offers: [
            { actorId: actorB, actorName: 'Actor B', competences: ['Mødelokaler'] },
            { actorId: skolan, actorName: 'Skolan', competences: ['Lokaler kvällstid'] },
          ],
        },
        {
          actorId: skolan,
          actorName: 'Skolan',
          need: 'Homework help',
          offers: [
            { actorId: lektiecafe, actorName: 'Lektiecaféen', competences: ['Lektiehjælp'] },
            { actorId: laxhjalpen, actorName: 'Läxhjälpen', competences: ['Läxhjälp i matematik'] },
          ],
        },
        {
          actorId: skolan,
          actorName: 'Skolan',
          need: 'Frivilliga',
          offers: [{ actorId: laxhjalpen, actorName: 'Läxhjälpen', competences: ['Volontärsamordning'] }],
        },
      ],
    });
    // Every member reads the same suggestions: actors and their entries are visible to all members.
    for (const role of ['admin', 'backbone', 'steering'] as const) expect((await matches(f, role)).json()).toEqual(res.json());
  });

  it('follows a changed profile at once, and keeps other initiatives apart', async () => {
    const f = await createFixture();
    const [own, other] = f.actorIds;
    expect((await matches(f, 'partner')).json()).toEqual({ items: [] });
    const patch = await f.app.inject({ method: 'PATCH', url: f.url(`/actors/${own}`), headers: f.auth('partner'), payload: { needs: ['Sommarjobb'] } });
    expect(patch.statusCode).toBe(200);
    await f.app.inject({ method: 'PATCH', url: f.url(`/actors/${other}`), headers: f.auth('backbone'), payload: { competences: ['Summer jobs'] } });
    const elsewhere = await createFixture();
    await createActor(elsewhere, { name: 'Elsewhere', competences: ['Sommerjob'] });
    expect((await matches(f, 'partner')).json()).toEqual({
      items: [{ actorId: own, actorName: 'Actor A', need: 'Sommarjobb', offers: [{ actorId: other, actorName: 'Actor B', competences: ['Summer jobs'] }] }],
    });
    expect((await matches(f, 'outsider')).statusCode).toBe(404);
  });
});
