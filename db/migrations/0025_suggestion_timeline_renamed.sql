-- A suggestion's timeline entries were in a table called suggestion_events, which read as if it held
-- listening events. SQLite carries the rename into the triggers that use the table.
ALTER TABLE `suggestion_events` RENAME TO `suggestion_timeline`;--> statement-breakpoint
DROP INDEX IF EXISTS `suggestion_events_idx`;--> statement-breakpoint
CREATE INDEX `suggestion_timeline_idx` ON `suggestion_timeline` (`suggestion_id`,`created_at`);
