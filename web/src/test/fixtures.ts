// Realistic API payloads on the wire (JSON, dates as strings), checked against the shared schemas
// in the tests that use them, so they cannot drift from what the server sends.
import type { Role } from '@ci/shared';

export const INITIATIVE_ID = '3f1c2a4e-8b7d-4c2a-9e1f-1a2b3c4d5e6f';
export const OTHER_INITIATIVE_ID = '7a2d9c1b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const ACTOR_ID = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';

export const IDS = {
  goalSchool: '11111111-1111-4111-8111-111111111111',
  goalWork: '22222222-2222-4222-8222-222222222222',
  indicatorGrades: 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1',
  indicatorHomework: 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2',
  indicatorInternships: 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1',
  indicatorSummerJobs: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
  meeting1: 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1',
  meeting2: 'c2c2c2c2-c2c2-4c2c-8c2c-c2c2c2c2c2c2',
};

export function meFor(role: Role, options: { initiatives?: number } = {}) {
  const memberships = [
    { initiativeId: INITIATIVE_ID, initiativeName: 'Tillsammans för Norra Hagby', role, actorIds: role === 'partner' ? [ACTOR_ID] : [] },
  ];
  if ((options.initiatives ?? 1) > 1) {
    memberships.push({ initiativeId: OTHER_INITIATIVE_ID, initiativeName: 'Sammen i Søndermarken', role, actorIds: [] });
  }
  return {
    user: { id: 'e1e2e3e4-e5e6-4e7e-8e9e-e0e1e2e3e4e5', email: `${role}@example.org`, name: 'Maria Lindqvist', locale: 'sv', emailPreference: 'digest', mustChangePassword: false },
    memberships,
  };
}

const sparkline = (values: (number | null)[]) =>
  ['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'].map((period, i) => ({
    period,
    value: values[i] ?? null,
    state: 'closed' as const,
    complete: true,
  }));

const months = (values: number[], last: { reported: number; expected: number }) =>
  ['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'].map((period, i, all) => ({
    period,
    value: values[i] ?? null,
    // July is still being reported: three of the five expected partners are in.
    ...(i === all.length - 1 ? { state: 'reporting' as const, complete: false, ...last } : { state: 'closed' as const, complete: true }),
  }));

export const overviewPayload = {
  initiative: {
    id: INITIATIVE_ID,
    name: 'Tillsammans för Norra Hagby',
    vision: 'Alla barn och unga i Norra Hagby hittar en väg genom skolan och ut i arbete.',
  },
  goals: [
    {
      id: IDS.goalSchool,
      title: 'Alla barn klarar skolan',
      description: 'Fler elever går ut grundskolan med godkända betyg.',
      indicators: [
        {
          id: IDS.indicatorGrades,
          code: 'A1',
          name: 'Elever i årskurs 9 med godkända betyg',
          unit: '%',
          decimals: 1,
          measureType: 'percentage',
          direction: 'increase',
          frequency: 'quarter',
          latest: { period: '2025-Q2', value: 78.4 },
          target: { period: '2027-Q4', value: 90 },
          status: 'at_risk',
          previous: { period: '2025-Q1', value: 77.1 },
          preliminary: null,
          sparkline: sparkline([70.1, 71.5, 72.0, 73.8, 74.2, 76.0, 77.1, 78.4]),
        },
        {
          id: IDS.indicatorHomework,
          code: 'A2',
          name: 'Deltagare i läxhjälp',
          unit: 'deltagare',
          decimals: 0,
          measureType: 'number',
          direction: 'increase',
          frequency: 'month',
          latest: { period: '2025-06', value: 1234 },
          target: { period: '2026-12', value: 1500 },
          status: 'on_track',
          previous: { period: '2025-05', value: 1180 },
          preliminary: { period: '2025-07', value: 640, reported: 3, expected: 5 },
          sparkline: months([990, 1010, 1050, 1100, 1150, 1180, 1234, 640], { reported: 3, expected: 5 }),
        },
      ],
    },
    {
      id: IDS.goalWork,
      title: 'Fler unga i arbete',
      description: '',
      indicators: [
        {
          id: IDS.indicatorInternships,
          code: 'B1',
          name: 'Unga i praktik',
          unit: 'personer',
          decimals: 0,
          measureType: 'number',
          direction: 'increase',
          frequency: 'quarter',
          latest: { period: '2025-Q2', value: 56 },
          target: { period: '2026-Q4', value: 150 },
          status: 'off_track',
          previous: { period: '2025-Q1', value: 52 },
          preliminary: null,
          sparkline: sparkline([40, 42, null, 45, 50, 48, 52, 56]),
        },
        {
          id: IDS.indicatorSummerJobs,
          code: 'B2',
          name: 'Sommarjobb för unga',
          unit: 'jobb',
          decimals: 0,
          measureType: 'number',
          direction: 'increase',
          frequency: 'year',
          latest: null,
          target: null,
          status: 'no_data',
          previous: null,
          preliminary: null,
          sparkline: [],
        },
      ],
    },
  ],
  indicatorsWithoutGoal: [],
  activityCounts: { idea: 3, planned: 5, ongoing: 8, done: 12, paused: 1 },
  openIdeas: 4,
  nextMeetings: [
    {
      id: IDS.meeting1,
      title: 'Partnermöte hösten 2025',
      startsAt: '2025-09-18T15:00:00.000Z',
      place: 'Hagby bibliotek',
      kind: 'partner_meeting',
    },
    {
      id: IDS.meeting2,
      title: 'Styrgruppsmöte',
      startsAt: '2025-10-02T07:30:00.000Z',
      place: '',
      kind: 'steering_group',
    },
  ],
  completeness: { period: '2025-Q2', dueDate: '2025-07-30', reported: 18, missing: 3, late: 2, returned: 1, notDue: 4 },
};
