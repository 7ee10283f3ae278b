CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"public_view" boolean DEFAULT false NOT NULL,
	"public_threshold" integer DEFAULT 5 NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"locked_through" text,
	"reporting_deadline_days" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_locale_check" CHECK (locale in ('sv', 'da', 'en')),
	CONSTRAINT "initiatives_public_threshold_check" CHECK ("initiatives"."public_threshold" >= 0),
	CONSTRAINT "initiatives_deadline_check" CHECK ("initiatives"."reporting_deadline_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "membership_actors" (
	"membership_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	CONSTRAINT "membership_actors_membership_id_actor_id_pk" PRIMARY KEY("membership_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_initiative_user_unique" UNIQUE("initiative_id","user_id"),
	CONSTRAINT "memberships_role_check" CHECK (role in ('admin', 'backbone', 'steering', 'partner'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"calendar_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_calendar_token_unique" UNIQUE("calendar_token"),
	CONSTRAINT "users_locale_check" CHECK (locale in ('sv', 'da', 'en'))
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"joined_on" date,
	"left_on" date,
	"competences" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_initiative_name_unique" UNIQUE("initiative_id","name"),
	CONSTRAINT "actors_sector_check" CHECK (sector in ('civil_society', 'public', 'business', 'housing', 'foundation', 'education', 'research', 'other')),
	CONSTRAINT "actors_role_check" CHECK (role in ('backbone', 'steering_group', 'process_group', 'partner')),
	CONSTRAINT "actors_dates_check" CHECK ("actors"."left_on" is null or "actors"."joined_on" is null or "actors"."left_on" >= "actors"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "working_group_members" (
	"working_group_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	CONSTRAINT "working_group_members_working_group_id_actor_id_pk" PRIMARY KEY("working_group_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_groups_initiative_name_unique" UNIQUE("initiative_id","name")
);
--> statement-breakpoint
CREATE TABLE "disaggregation_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dimension_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "disaggregation_categories_dimension_name_unique" UNIQUE("dimension_id","name")
);
--> statement-breakpoint
CREATE TABLE "disaggregation_dimensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "disaggregation_dimensions_indicator_name_unique" UNIQUE("indicator_id","name")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_period_pk" PRIMARY KEY("indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"goal_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"measure_type" text DEFAULT 'number' NOT NULL,
	"direction" text DEFAULT 'increase' NOT NULL,
	"frequency" text DEFAULT 'quarter' NOT NULL,
	"actor_aggregation" text DEFAULT 'sum' NOT NULL,
	"time_aggregation" text DEFAULT 'sum' NOT NULL,
	"baseline_value" double precision,
	"baseline_period" text,
	"target_value" double precision,
	"target_period" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_initiative_code_unique" UNIQUE("initiative_id","code"),
	CONSTRAINT "indicators_measure_type_check" CHECK (measure_type in ('number', 'percentage')),
	CONSTRAINT "indicators_direction_check" CHECK (direction in ('increase', 'decrease', 'maintain')),
	CONSTRAINT "indicators_frequency_check" CHECK (frequency in ('month', 'quarter', 'half_year', 'year')),
	CONSTRAINT "indicators_actor_aggregation_check" CHECK (actor_aggregation in ('sum', 'mean', 'min', 'max', 'none')),
	CONSTRAINT "indicators_time_aggregation_check" CHECK (time_aggregation in ('sum', 'last', 'mean')),
	CONSTRAINT "indicators_decimals_check" CHECK ("indicators"."decimals" between 0 and 6),
	CONSTRAINT "indicators_baseline_pair_check" CHECK (("indicators"."baseline_value" is null) = ("indicators"."baseline_period" is null)),
	CONSTRAINT "indicators_target_pair_check" CHECK (("indicators"."target_value" is null) = ("indicators"."target_period" is null))
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"actor_id" uuid,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"category_id" uuid,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"return_reason" text,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_cell_unique" UNIQUE NULLS NOT DISTINCT("indicator_id","actor_id","period","category_id"),
	CONSTRAINT "measurements_status_check" CHECK (status in ('draft', 'submitted', 'approved', 'returned')),
	CONSTRAINT "measurements_value_shape_check" CHECK (("measurements"."value" is not null and "measurements"."numerator" is null and "measurements"."denominator" is null)
        or ("measurements"."value" is null and "measurements"."numerator" is not null and "measurements"."denominator" is not null and "measurements"."denominator" > 0)),
	CONSTRAINT "measurements_version_check" CHECK ("measurements"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "narratives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"what_happened" text DEFAULT '' NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_actor_id" uuid,
	"working_group_id" uuid,
	"how" text DEFAULT '' NOT NULL,
	"when_text" text DEFAULT '' NOT NULL,
	"who" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_status_check" CHECK (status in ('idea', 'planned', 'ongoing', 'done', 'paused')),
	CONSTRAINT "activities_dates_check" CHECK ("activities"."end_date" is null or "activities"."start_date" is null or "activities"."end_date" >= "activities"."start_date")
);
--> statement-breakpoint
CREATE TABLE "activity_actors" (
	"activity_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	CONSTRAINT "activity_actors_activity_id_actor_id_pk" PRIMARY KEY("activity_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "activity_goals" (
	"activity_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "activity_goals_activity_id_goal_id_pk" PRIMARY KEY("activity_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "activity_indicators" (
	"activity_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "activity_indicators_activity_id_indicator_id_pk" PRIMARY KEY("activity_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_actor_id" uuid,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"duration_minutes" integer,
	"indicator_id" uuid
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"people" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_actor_id_pk" PRIMARY KEY("meeting_id","actor_id"),
	CONSTRAINT "meeting_attendance_people_check" CHECK ("meeting_attendance"."people" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_base64" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"from_period" text,
	"to_period" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"rrule" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"timezone" text DEFAULT 'Europe/Stockholm' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"working_group_id" uuid,
	"default_agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_kind_check" CHECK (kind in ('partner_meeting', 'steering_group', 'process_group', 'working_group', 'network_meeting', 'workshop', 'conference')),
	CONSTRAINT "meeting_series_duration_check" CHECK ("meeting_series"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK (kind in ('partner_meeting', 'steering_group', 'process_group', 'working_group', 'network_meeting', 'workshop', 'conference')),
	CONSTRAINT "meetings_status_check" CHECK (status in ('planned', 'held', 'cancelled')),
	CONSTRAINT "meetings_time_check" CHECK ("meetings"."ends_at" >= "meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"initiative_id" uuid,
	"user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_action_check" CHECK (action in ('create', 'update', 'delete'))
);
--> statement-breakpoint
ALTER TABLE "membership_actors" ADD CONSTRAINT "membership_actors_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_actors" ADD CONSTRAINT "membership_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disaggregation_categories" ADD CONSTRAINT "disaggregation_categories_dimension_id_disaggregation_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."disaggregation_dimensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disaggregation_dimensions" ADD CONSTRAINT "disaggregation_dimensions_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_category_id_disaggregation_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."disaggregation_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_actor_id_actors_id_fk" FOREIGN KEY ("lead_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_actors" ADD CONSTRAINT "activity_actors_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_actors" ADD CONSTRAINT "activity_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_indicators" ADD CONSTRAINT "activity_indicators_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_indicators" ADD CONSTRAINT "activity_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_actor_id_actors_id_fk" FOREIGN KEY ("owner_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_packs" ADD CONSTRAINT "meeting_packs_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_actors_actor_idx" ON "membership_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "goals_initiative_idx" ON "goals" USING btree ("initiative_id","position");--> statement-breakpoint
CREATE INDEX "actors_initiative_idx" ON "actors" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "working_group_members_actor_idx" ON "working_group_members" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "indicators_initiative_idx" ON "indicators" USING btree ("initiative_id","position");--> statement-breakpoint
CREATE INDEX "indicators_goal_idx" ON "indicators" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "measurements_indicator_period_idx" ON "measurements" USING btree ("indicator_id","period_start");--> statement-breakpoint
CREATE INDEX "measurements_initiative_period_idx" ON "measurements" USING btree ("initiative_id","period");--> statement-breakpoint
CREATE INDEX "measurements_actor_idx" ON "measurements" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "narratives_indicator_period_idx" ON "narratives" USING btree ("indicator_id","period_start");--> statement-breakpoint
CREATE INDEX "activities_initiative_idx" ON "activities" USING btree ("initiative_id","status");--> statement-breakpoint
CREATE INDEX "activities_lead_idx" ON "activities" USING btree ("lead_actor_id");--> statement-breakpoint
CREATE INDEX "activity_actors_actor_idx" ON "activity_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "activity_goals_goal_idx" ON "activity_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "activity_indicators_indicator_idx" ON "activity_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_owner_idx" ON "action_items" USING btree ("owner_actor_id");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_actor_idx" ON "meeting_attendance" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "meeting_packs_meeting_idx" ON "meeting_packs" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_series_initiative_idx" ON "meeting_series" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "meetings_initiative_time_idx" ON "meetings" USING btree ("initiative_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_series_idx" ON "meetings" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "audit_log_initiative_at_idx" ON "audit_log" USING btree ("initiative_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");