CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supporter_id` integer NOT NULL,
	`suggestion_id` integer NOT NULL,
	`status` text NOT NULL,
	`news` text NOT NULL,
	`created_at` integer NOT NULL,
	`posted_at` integer,
	`posted_by` text,
	FOREIGN KEY (`supporter_id`) REFERENCES `supporters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`posted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `letters_waiting_idx` ON `letters` (`posted_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `supporters` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `supporters` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `supporters` ADD `easy_read` integer DEFAULT false NOT NULL;