import { afterEach, describe, expect, it, vi } from 'vitest';
import { goal } from '@ci/shared';
import { stubFetch } from '../test/fetch';
import { fetchAllPages } from './pages';

const goalOf = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Goal ${n}`,
  description: '',
  position: n,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

afterEach(() => vi.unstubAllGlobals());

describe('fetchAllPages', () => {
  it('follows nextCursor until the last page and keeps the order', async () => {
    const pages: Record<string, { items: unknown[]; nextCursor: string | null }> = {
      '': { items: [goalOf(1), goalOf(2)], nextCursor: 'c1' },
      c1: { items: [goalOf(3)], nextCursor: 'c2' },
      c2: { items: [], nextCursor: null },
    };
    const { requests } = stubFetch({ 'GET /initiatives/*/goals': (r) => ({ body: pages[r.query.get('cursor') ?? ''] }) });
    const { items } = await fetchAllPages('/initiatives/i/goals', goal, { query: { q: 'x' } });
    expect(items.map((g) => g.title)).toEqual(['Goal 1', 'Goal 2', 'Goal 3']);
    expect(requests.map((r) => r.query.get('cursor'))).toEqual([null, 'c1', 'c2']);
    expect(requests.every((r) => r.query.get('q') === 'x' && r.query.get('limit') === '1000')).toBe(true);
  });
});
