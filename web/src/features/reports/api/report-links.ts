import type { CsvSeparator } from '@ci/shared';
import { apiUrl, initiativePath } from '../../../lib/api';

/** Every value in the range, one row per value; streamed by the server, so a link is enough. */
export const measurementsCsvUrl = (initiativeId: string, range: { from: string; to: string }, separator: CsvSeparator) =>
  apiUrl(initiativePath(initiativeId, '/reports/measurements.csv'), { from: range.from, to: range.to, separator });
