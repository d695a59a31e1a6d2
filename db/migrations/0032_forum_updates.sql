CREATE TABLE `forum_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supporter_id` integer NOT NULL,
	`suggestion_id` integer NOT NULL,
	`status` text NOT NULL,
	`news` text NOT NULL,
	`created_at` integer NOT NULL,
	`passed_on_at` integer,
	`passed_on_by` text,
	FOREIGN KEY (`supporter_id`) REFERENCES `supporters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`passed_on_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `forum_updates_waiting_idx` ON `forum_updates` (`passed_on_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `supporters` ADD `forum_contact` text;