// The domain's closed vocabularies: one definition for database checks, API validation and UI.
export const ROLES = ['admin', 'backbone', 'steering', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['sv', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SECTORS = [
  'civil_society',
  'public',
  'business',
  'housing',
  'foundation',
  'education',
  'research',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ACTOR_ROLES = ['backbone', 'steering_group', 'process_group', 'partner'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const MEASURE_TYPES = ['number', 'percentage'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FREQUENCIES = ['month', 'quarter', 'half_year', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const ACTOR_AGGREGATIONS = ['sum', 'mean', 'min', 'max', 'none'] as const;
export type ActorAggregation = (typeof ACTOR_AGGREGATIONS)[number];

export const TIME_AGGREGATIONS = ['sum', 'last', 'mean'] as const;
export type TimeAggregation = (typeof TIME_AGGREGATIONS)[number];

export const MEASUREMENT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const ACTIVITY_STATUSES = ['idea', 'planned', 'ongoing', 'done', 'paused'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const MEETING_KINDS = [
  'partner_meeting',
  'steering_group',
  'process_group',
  'working_group',
  'network_meeting',
  'workshop',
  'conference',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const COMPLETENESS_STATES = ['reported', 'missing', 'late', 'returned'] as const;
export type CompletenessState = (typeof COMPLETENESS_STATES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Where a period stands: `open` until it ends, `reporting` until its due date, then `closed`. */
export const PERIOD_STATES = ['open', 'reporting', 'closed'] as const;
