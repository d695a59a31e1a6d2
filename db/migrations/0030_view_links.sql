CREATE TABLE `view_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`supporter_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`supporter_id`) REFERENCES `supporters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `view_links_token_hash_unique` ON `view_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `view_links_supporter_idx` ON `view_links` (`supporter_id`);