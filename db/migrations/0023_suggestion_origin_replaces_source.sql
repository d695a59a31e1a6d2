DROP INDEX `suggestions_event_idx`;--> statement-breakpoint
DROP INDEX `suggestions_survey_idx`;--> statement-breakpoint
ALTER TABLE `suggestions` DROP COLUMN `source`;--> statement-breakpoint
ALTER TABLE `suggestions` DROP COLUMN `event_id`;--> statement-breakpoint
ALTER TABLE `suggestions` DROP COLUMN `survey_id`;