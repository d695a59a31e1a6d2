ALTER TABLE `users` ADD `language` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `supporters` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `charter_signatures` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `language` text DEFAULT 'en' NOT NULL;