ALTER TABLE `suggestions` ADD `origin_kind` text DEFAULT 'tellUs' NOT NULL;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `origin_id` integer;--> statement-breakpoint
CREATE INDEX `suggestions_origin_idx` ON `suggestions` (`origin_kind`,`origin_id`);--> statement-breakpoint
-- Where each suggestion came from, as data: the kind of activity and which one.
UPDATE `suggestions` SET `origin_kind` = 'events', `origin_id` = `event_id` WHERE `source` = 'event';--> statement-breakpoint
UPDATE `suggestions` SET `origin_kind` = 'surveys', `origin_id` = `survey_id` WHERE `source` = 'survey';--> statement-breakpoint
UPDATE `suggestions` SET `origin_kind` = 'reviews', `origin_id` = (
  SELECT min(r.`document_id`) FROM `review_comments` c JOIN `review_rounds` r ON r.`id` = c.`round_id` WHERE c.`suggestion_id` = `suggestions`.`id`
) WHERE `source` = 'review';
