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

/** An idea is proposed, may be taken up for discussion, and is finally accepted (as an activity) or declined. */
export const IDEA_STATUSES = ['proposed', 'under_discussion', 'accepted', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
/** Ideas still waiting for a decision. */
export const OPEN_IDEA_STATUSES = ['proposed', 'under_discussion'] as const satisfies readonly IdeaStatus[];

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

/** What a notification is about; the web renders each kind in the user's language. */
export const NOTIFICATION_KINDS = [
  'value_returned',
  'value_missing',
  'reminder',
  'comment',
  'mention',
  'action_item_assigned',
  'action_item_overdue',
  'idea_decided',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a user receives notifications by e-mail (when the server has SMTP): a daily digest by default. */
export const EMAIL_PREFERENCES = ['digest', 'off'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

/** An import is parsed and previewed (`parsing` → `ready` or `failed`), then committed or discarded. */
export const IMPORT_STATUSES = ['parsing', 'ready', 'failed', 'committed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What committing an import would do with one cell. */
export const IMPORT_ROW_ACTIONS = ['create', 'change', 'unchanged', 'error'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

/** What a remembered import mapping maps: a column header, an actor name or an indicator name. */
export const IMPORT_MAPPING_KINDS = ['column', 'actor', 'indicator'] as const;
export type ImportMappingKind = (typeof IMPORT_MAPPING_KINDS)[number];
