-- Every write that can change a figure, a status or a completeness an initiative shows raises that
-- initiative's data version once per statement (a 100,000-row import pays once, not per row) and
-- announces it on the channel `data_version`, so that every instance drops its cached series.
CREATE FUNCTION "bump_data_versions"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bumped record;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Ordered, so that two transactions touching the same initiatives lock their rows in one order;
  -- joined, so that a cascade from a deleted initiative raises nothing.
  FOR bumped IN
    INSERT INTO "data_versions" AS dv ("initiative_id", "version")
    SELECT i."id", 1 FROM "initiatives" i WHERE i."id" = ANY (ids) ORDER BY i."id"
    ON CONFLICT ("initiative_id") DO UPDATE SET "version" = dv."version" + 1
    RETURNING dv."initiative_id", dv."version"
  LOOP
    PERFORM pg_notify('data_version', json_build_object('initiativeId', bumped."initiative_id", 'version', bumped."version")::text);
  END LOOP;
END
$$;
--> statement-breakpoint
-- TG_ARGV[0]: the column that leads to the initiative (its id, an indicator or a dimension);
-- the transition tables are `new_rows` and `old_rows`, whichever the event has.
CREATE FUNCTION "data_version_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  via text := TG_ARGV[0];
  column_name text := CASE TG_ARGV[0] WHEN 'initiative' THEN 'initiative_id' WHEN 'self' THEN 'id' WHEN 'indicator' THEN 'indicator_id' ELSE 'dimension_id' END;
  rows_query text;
  keys uuid[];
BEGIN
  rows_query := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I AS k FROM new_rows', column_name)
    WHEN 'DELETE' THEN format('SELECT %I AS k FROM old_rows', column_name)
    ELSE format('SELECT %I AS k FROM new_rows UNION SELECT %I FROM old_rows', column_name, column_name)
  END;
  EXECUTE format('SELECT array_agg(DISTINCT s.k) FROM (%s) s WHERE s.k IS NOT NULL', rows_query) INTO keys;
  IF keys IS NULL THEN
    RETURN NULL;
  END IF;
  IF via = 'indicator' THEN
    SELECT array_agg(DISTINCT ind."initiative_id") INTO keys FROM "indicators" ind WHERE ind."id" = ANY (keys);
  ELSIF via = 'dimension' THEN
    SELECT array_agg(DISTINCT ind."initiative_id") INTO keys
    FROM "disaggregation_dimensions" dd JOIN "indicators" ind ON ind."id" = dd."indicator_id"
    WHERE dd."id" = ANY (keys);
  END IF;
  PERFORM "bump_data_versions"(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "measurements_data_version_insert" AFTER INSERT ON "measurements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "measurements_data_version_update" AFTER UPDATE ON "measurements" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "measurements_data_version_delete" AFTER DELETE ON "measurements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "indicators_data_version_insert" AFTER INSERT ON "indicators" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "indicators_data_version_update" AFTER UPDATE ON "indicators" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "indicators_data_version_delete" AFTER DELETE ON "indicators" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "indicator_targets_data_version_insert" AFTER INSERT ON "indicator_targets" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "indicator_targets_data_version_update" AFTER UPDATE ON "indicator_targets" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "indicator_targets_data_version_delete" AFTER DELETE ON "indicator_targets" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "indicator_reporters_data_version_insert" AFTER INSERT ON "indicator_reporters" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "indicator_reporters_data_version_update" AFTER UPDATE ON "indicator_reporters" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "indicator_reporters_data_version_delete" AFTER DELETE ON "indicator_reporters" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_dimensions_data_version_insert" AFTER INSERT ON "disaggregation_dimensions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_dimensions_data_version_update" AFTER UPDATE ON "disaggregation_dimensions" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_dimensions_data_version_delete" AFTER DELETE ON "disaggregation_dimensions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('indicator');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_categories_data_version_insert" AFTER INSERT ON "disaggregation_categories" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('dimension');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_categories_data_version_update" AFTER UPDATE ON "disaggregation_categories" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('dimension');
--> statement-breakpoint
CREATE TRIGGER "disaggregation_categories_data_version_delete" AFTER DELETE ON "disaggregation_categories" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('dimension');
--> statement-breakpoint
CREATE TRIGGER "initiatives_data_version_insert" AFTER INSERT ON "initiatives" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('self');
--> statement-breakpoint
CREATE TRIGGER "initiatives_data_version_update" AFTER UPDATE ON "initiatives" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('self');
--> statement-breakpoint
CREATE TRIGGER "actors_data_version_insert" AFTER INSERT ON "actors" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "actors_data_version_update" AFTER UPDATE ON "actors" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "actors_data_version_delete" AFTER DELETE ON "actors" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "goals_data_version_insert" AFTER INSERT ON "goals" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "goals_data_version_update" AFTER UPDATE ON "goals" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "goals_data_version_delete" AFTER DELETE ON "goals" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "activities_data_version_insert" AFTER INSERT ON "activities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "activities_data_version_update" AFTER UPDATE ON "activities" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "activities_data_version_delete" AFTER DELETE ON "activities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "meetings_data_version_insert" AFTER INSERT ON "meetings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "meetings_data_version_update" AFTER UPDATE ON "meetings" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "meetings_data_version_delete" AFTER DELETE ON "meetings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "narratives_data_version_insert" AFTER INSERT ON "narratives" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "narratives_data_version_update" AFTER UPDATE ON "narratives" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "narratives_data_version_delete" AFTER DELETE ON "narratives" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
