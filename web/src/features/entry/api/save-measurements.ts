import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  measurementBatchResponse,
  measurementConflicts,
  type Measurement,
  type MeasurementBatchItem,
  type MeasurementConflicts,
} from '@ci/shared';
import { api, initiativePath, isApiError } from '../../../lib/api';
import { initiativeKeys } from '../../../lib/query-keys';

export type Conflict = MeasurementConflicts['conflicts'][number];

/** Someone else changed some of the cells meanwhile; nothing of the batch was written. */
export class StaleCellsError extends Error {
  constructor(readonly conflicts: Conflict[]) {
    super('Stale cells');
    this.name = 'StaleCellsError';
  }
}

export interface SaveRequest {
  items: MeasurementBatchItem[];
  deletions: Measurement[];
  reason?: string;
}

function staleOr(err: unknown): unknown {
  if (isApiError(err, 409)) {
    const parsed = measurementConflicts.safeParse(err.details);
    if (parsed.success) return new StaleCellsError(parsed.data.conflicts);
  }
  return err;
}

/**
 * Writes the batch in one request (all or nothing), then deletes the emptied cells one by one
 * (each with the version on screen, so a deletion cannot wipe someone else's newer value).
 */
export async function saveMeasurements(initiativeId: string, request: SaveRequest): Promise<Measurement[]> {
  let saved: Measurement[] = [];
  if (request.items.length > 0) {
    try {
      saved = (
        await api(initiativePath(initiativeId, '/measurements'), {
          method: 'PUT',
          body: { items: request.items },
          schema: measurementBatchResponse,
        })
      ).items;
    } catch (err) {
      throw staleOr(err);
    }
  }
  for (const m of request.deletions) {
    try {
      await api(initiativePath(initiativeId, `/measurements/${m.id}`), {
        method: 'DELETE',
        query: { version: m.version, reason: m.status === 'approved' ? request.reason : undefined },
      });
    } catch (err) {
      throw staleOr(err);
    }
  }
  return saved;
}

export function useSaveMeasurements(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveRequest) => saveMeasurements(initiativeId, request),
    // Charts, status, completeness and the overview all read these values.
    onSettled: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

/** The period's cached values after a save: saved ones replaced or added, deleted ones gone. */
export function mergeSaved(list: readonly Measurement[] | undefined, saved: readonly Measurement[], deleted: readonly Measurement[]): Measurement[] {
  const gone = new Set(deleted.map((m) => m.id));
  const byId = new Map((list ?? []).filter((m) => !gone.has(m.id)).map((m) => [m.id, m]));
  for (const m of saved) byId.set(m.id, m);
  return [...byId.values()];
}
