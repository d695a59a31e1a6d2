CREATE TABLE `safeguarding_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_key` text NOT NULL,
	`label` text NOT NULL,
	`link` text NOT NULL,
	`matched` text DEFAULT '' NOT NULL,
	`flagged_by` text,
	`flagged_at` integer NOT NULL,
	`action_taken` text DEFAULT '' NOT NULL,
	`resolved_by` text,
	`resolved_at` integer,
	FOREIGN KEY (`flagged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_flags_source_idx` ON `safeguarding_flags` (`source_key`);--> statement-breakpoint
CREATE INDEX `safeguarding_flags_open_idx` ON `safeguarding_flags` (`resolved_at`,`flagged_at`);--> statement-breakpoint
ALTER TABLE `area_settings` ADD `concern_phrases` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `review_comments` ADD `safeguarding` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `survey_answers` ADD `safeguarding` integer DEFAULT false NOT NULL;