-- The (indicator, period start) index carries what the aggregation and the counted values read, so
-- that the views over every indicator (overview, reports, public page) read their periods from the
-- index alone instead of one table page per value.
DROP INDEX IF EXISTS "measurements_indicator_period_idx";--> statement-breakpoint
CREATE INDEX "measurements_indicator_period_idx" ON "measurements" USING btree ("indicator_id","period_start") INCLUDE ("initiative_id","actor_id","category_id","period","status","value","numerator","denominator");
