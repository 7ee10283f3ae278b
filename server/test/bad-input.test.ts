// Bad input gets a 4xx in the error shape, never a 500: NUL characters and unpaired surrogates
// anywhere, malformed report ranges, empty patches, over-long path parameters, far-off years.
import { beforeAll, describe, expect, it } from 'vitest';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
}, 120_000);

function expectErrorShape(res: { statusCode: number; json(): unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('text that cannot be stored', () => {
  it('refuses NUL and unpaired surrogates in queries, paths and bodies with 400', async () => {
    const steering = f.auth('steering');
    expectErrorShape(await f.app.inject({ method: 'GET', url: f.url('/actors?q=%00'), headers: steering }), 400);
    expectErrorShape(await f.app.inject({ method: 'GET', url: f.url('/activities?q=a%00b'), headers: steering }), 400);
    expectErrorShape(await f.app.inject({ method: 'GET', url: `/api/v1/calendar/abc%00/${f.initiativeId}.ics` }), 400);
    const res = await f.app.inject({ method: 'POST', url: f.url('/goals'), headers: f.auth('admin'), payload: { title: 'x\u0000y' } });
    expectErrorShape(res, 400);
    expect(res.json().error.details).toEqual([{ field: 'body.title', message: expect.stringMatching(/NUL/) }]);
    const surrogate = await f.app.inject({
      method: 'POST', url: f.url('/goals'), headers: { ...f.auth('admin'), 'content-type': 'application/json' }, payload: '{"title":"a\\ud800b"}',
    });
    expectErrorShape(surrogate, 400);
  });

  it('refuses JSON nested thousands of levels deep with 400', async () => {
    const deep = '{"title":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    const res = await f.app.inject({ method: 'POST', url: f.url('/goals'), headers: { ...f.auth('admin'), 'content-type': 'application/json' }, payload: deep });
    expectErrorShape(res, 400);
  });
});

describe('report ranges', () => {
  it('answers a malformed range with 400 and the field', async () => {
    const backbone = f.auth('backbone');
    for (const path of ['/reports/report.pdf', '/reports/measurements.csv', '/reports/export.xlsx']) {
      const res = await f.app.inject({ method: 'GET', url: f.url(`${path}?from=2025&to=x`), headers: backbone });
      expectErrorShape(res, 400);
      expect(JSON.stringify(res.json().error.details)).toContain('to');
    }
    const job = await f.app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: backbone, payload: { kind: 'pdf', from: '2025', to: 'x' } });
    expectErrorShape(job, 400);
    const pack = await f.app.inject({ method: 'POST', url: f.url(`/meetings/${f.heldMeetingId}/packs`), headers: backbone, payload: { from: '2025', to: 'x' } });
    expectErrorShape(pack, 400);
  });
});

describe('empty and odd requests', () => {
  it('answers an empty action-item patch without a 500', async () => {
    const admin = f.auth('admin');
    const created = await f.app.inject({ method: 'POST', url: f.url(`/meetings/${f.heldMeetingId}/action-items`), headers: admin, payload: { title: 'Call the school' } });
    expect(created.statusCode).toBe(201);
    const res = await f.app.inject({ method: 'PATCH', url: f.url(`/meetings/${f.heldMeetingId}/action-items/${created.json().id}`), headers: admin, payload: {} });
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode >= 400) expectErrorShape(res, 400);
  });

  it('answers a path parameter over the router limit, or a malformed path, in the error shape', async () => {
    expectErrorShape(await f.app.inject({ method: 'GET', url: f.url(`/goals/${'a'.repeat(150)}`), headers: f.auth('admin') }), 404);
    expectErrorShape(await f.app.inject({ method: 'GET', url: `/api/v1/calendar/${'a'.repeat(150)}/${f.initiativeId}.ics` }), 404);
    expectErrorShape(await f.app.inject({ method: 'GET', url: f.url('/goals/%ED%A0%80'), headers: f.auth('admin') }), 400);
  });
});

describe('years', () => {
  it('refuses times in the year 1 rather than reading them as another year', async () => {
    const admin = f.auth('admin');
    const res = await f.app.inject({
      method: 'POST', url: f.url('/meetings'), headers: admin,
      payload: { title: 'Ancient', kind: 'partner_meeting', startsAt: '0001-01-01T10:00:00Z', endsAt: '0001-01-01T11:00:00Z' },
    });
    expectErrorShape(res, 400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.startsAt', 'body.endsAt']);
    const series = await f.app.inject({
      method: 'POST', url: f.url('/meeting-series'), headers: admin,
      payload: { name: 'Ancient', kind: 'partner_meeting', rrule: 'FREQ=YEARLY', startsAt: '0001-06-01T10:00:00Z', timezone: 'Europe/Stockholm', durationMinutes: 60 },
    });
    expectErrorShape(series, 400);
    const activity = await f.app.inject({ method: 'POST', url: f.url('/activities'), headers: admin, payload: { title: 'Old', status: 'planned', startDate: '0001-01-01' } });
    if (activity.statusCode < 300) expect(activity.json().startDate).toBe('0001-01-01');
    else expectErrorShape(activity, 400);
  });
});
