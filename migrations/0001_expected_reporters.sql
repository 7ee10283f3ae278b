CREATE TABLE "indicator_reporters" (
	"indicator_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	CONSTRAINT "indicator_reporters_indicator_id_actor_id_pk" PRIMARY KEY("indicator_id","actor_id")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "reporting_from" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "reporters_chosen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "numerator_can_exceed_denominator" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_reporters" ADD CONSTRAINT "indicator_reporters_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reporters" ADD CONSTRAINT "indicator_reporters_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_reporters_actor_idx" ON "indicator_reporters" USING btree ("actor_id");--> statement-breakpoint
-- Indicators that existed before: values are expected from their first reported period (or their creation), and
-- from the actors that have reported them, which is what completeness assumed until now.
UPDATE "indicators" i SET "reporting_from" = LEAST(i."created_at"::date, COALESCE(
	(SELECT MIN(m."period_start") FROM "measurements" m WHERE m."indicator_id" = i."id"), i."created_at"::date));--> statement-breakpoint
INSERT INTO "indicator_reporters" ("indicator_id", "actor_id")
	SELECT DISTINCT m."indicator_id", m."actor_id" FROM "measurements" m WHERE m."actor_id" IS NOT NULL;--> statement-breakpoint
UPDATE "indicators" i SET "reporters_chosen" = true
	WHERE i."actor_aggregation" <> 'none' AND EXISTS (SELECT 1 FROM "indicator_reporters" r WHERE r."indicator_id" = i."id");
