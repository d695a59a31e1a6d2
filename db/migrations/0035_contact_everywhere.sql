ALTER TABLE `suggestions` ADD `received_on` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `updates_channel` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `updates_phone` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `forum_contact` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `easy_read` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `contact_channel` text;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `contact_forum` text;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `contact_address` text;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `contact_postcode` text;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `received_on` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
-- Until now people at events and survey respondents could only hear back by email.
UPDATE `registrations` SET `updates_channel` = 'email' WHERE `wants_updates` = 1 AND `email` IS NOT NULL;--> statement-breakpoint
UPDATE `survey_responses` SET `contact_channel` = 'email' WHERE `contact_email` IS NOT NULL;
