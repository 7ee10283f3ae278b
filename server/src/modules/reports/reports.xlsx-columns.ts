// The columns of the XLSX export's sheets, by the stable machine names that the CSV files use too;
// each header is that name's word in the chosen language (@ci/shared report words).
import type { ColumnKey } from '@ci/shared/i18n';

export interface Col {
  key: ColumnKey;
  width: number;
  numFmt?: string;
}

export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
export const INTEGER = '#,##0';

/** The number format of an indicator's values: its own number of decimals. */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : INTEGER;
}

export const INDICATOR_COLUMNS: Col[] = [
  { key: 'code', width: 10 },
  { key: 'name', width: 40 },
  { key: 'goal', width: 30 },
  { key: 'definition', width: 50 },
  { key: 'source', width: 25 },
  { key: 'unit', width: 10 },
  { key: 'decimals', width: 9 },
  { key: 'measure_type', width: 13 },
  { key: 'direction', width: 16 },
  { key: 'frequency', width: 12 },
  { key: 'actor_aggregation', width: 17 },
  { key: 'time_aggregation', width: 16 },
  { key: 'baseline_value', width: 14 },
  { key: 'baseline_period', width: 14 },
  { key: 'target_value', width: 13 },
  { key: 'target_period', width: 13 },
  { key: 'latest_value', width: 13 },
  { key: 'latest_period', width: 13 },
  { key: 'previous_value', width: 13 },
  { key: 'previous_period', width: 13 },
  { key: 'status', width: 16 },
  { key: 'archived', width: 9 },
];

export const VALUE_COLUMNS: Col[] = [
  { key: 'indicator_code', width: 14 },
  { key: 'indicator_name', width: 36 },
  { key: 'unit', width: 10 },
  { key: 'period', width: 12 },
  { key: 'period_start', width: 12, numFmt: DATE },
  { key: 'actor', width: 28 },
  { key: 'sector', width: 16 },
  { key: 'category', width: 20 },
  { key: 'value', width: 12 },
  { key: 'numerator', width: 12, numFmt: INTEGER },
  { key: 'denominator', width: 12, numFmt: INTEGER },
  { key: 'status', width: 14 },
  { key: 'note', width: 40 },
  { key: 'entered_at', width: 17, numFmt: DATE_TIME },
];

export const AGGREGATE_COLUMNS: Col[] = [
  { key: 'indicator_code', width: 14 },
  { key: 'indicator_name', width: 36 },
  { key: 'unit', width: 10 },
  { key: 'period', width: 12 },
  { key: 'period_start', width: 12, numFmt: DATE },
  { key: 'value', width: 12 },
  { key: 'numerator', width: 12, numFmt: INTEGER },
  { key: 'denominator', width: 12, numFmt: INTEGER },
  { key: 'target', width: 12 },
  { key: 'trajectory', width: 12 },
  { key: 'status', width: 16 },
  { key: 'complete', width: 10 },
  { key: 'reported', width: 10, numFmt: INTEGER },
  { key: 'expected', width: 10, numFmt: INTEGER },
];

export const ACTOR_COLUMNS: Col[] = [
  { key: 'name', width: 30 },
  { key: 'sector', width: 16 },
  { key: 'role', width: 14 },
  { key: 'description', width: 40 },
  { key: 'contact_name', width: 20 },
  { key: 'contact_email', width: 26 },
  { key: 'contact_phone', width: 16 },
  { key: 'website', width: 26 },
  { key: 'joined_on', width: 12, numFmt: DATE },
  { key: 'left_on', width: 12, numFmt: DATE },
  { key: 'competences', width: 40 },
  { key: 'needs', width: 40 },
];

export const ACTIVITY_COLUMNS: Col[] = [
  { key: 'title', width: 36 },
  { key: 'status', width: 10 },
  { key: 'priority', width: 9 },
  { key: 'lead_actor', width: 26 },
  { key: 'participating_actors', width: 36 },
  { key: 'working_group', width: 20 },
  { key: 'goals', width: 30 },
  { key: 'indicators', width: 14 },
  { key: 'start_date', width: 12, numFmt: DATE },
  { key: 'end_date', width: 12, numFmt: DATE },
  { key: 'how', width: 30 },
  { key: 'when', width: 20 },
  { key: 'who', width: 20 },
  { key: 'description', width: 40 },
];

export const MEETING_COLUMNS: Col[] = [
  { key: 'title', width: 34 },
  { key: 'kind', width: 16 },
  { key: 'status', width: 10 },
  { key: 'series', width: 24 },
  { key: 'starts_at', width: 17, numFmt: DATE_TIME },
  { key: 'ends_at', width: 17, numFmt: DATE_TIME },
  { key: 'place', width: 24 },
  { key: 'organisations', width: 13 },
  { key: 'people', width: 9 },
  { key: 'agenda', width: 40 },
  { key: 'decisions', width: 40 },
];

export const IDEA_COLUMNS: Col[] = [
  { key: 'title', width: 36 },
  { key: 'status', width: 16 },
  { key: 'proposing_actor', width: 28 },
  { key: 'proposed_by', width: 20 },
  { key: 'goals', width: 30 },
  { key: 'support_count', width: 12, numFmt: INTEGER },
  { key: 'supporters', width: 40 },
  { key: 'decision_reason', width: 40 },
  { key: 'decided_at', width: 12, numFmt: DATE },
  { key: 'activity', width: 30 },
  { key: 'created_at', width: 12, numFmt: DATE },
];
