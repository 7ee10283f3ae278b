-- The overview counts an initiative's open ideas and is cached by its data version (0005): every
-- write to an idea raises that version once per statement, as a write to an activity does. Votes,
-- goals, decisions and comments of an idea show on no cached read, so they raise nothing.
CREATE TRIGGER "ideas_data_version_insert" AFTER INSERT ON "ideas" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "ideas_data_version_update" AFTER UPDATE ON "ideas" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
--> statement-breakpoint
CREATE TRIGGER "ideas_data_version_delete" AFTER DELETE ON "ideas" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_trigger"('initiative');
