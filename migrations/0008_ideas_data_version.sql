-- The overview counts the ideas waiting for a decision: proposing, deciding or removing an idea
-- raises the initiative's data version like every other write the overview shows.
CREATE TRIGGER "ideas_data_version_insert" AFTER INSERT ON "ideas" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "ideas_data_version_update" AFTER UPDATE ON "ideas" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "ideas_data_version_delete" AFTER DELETE ON "ideas" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
