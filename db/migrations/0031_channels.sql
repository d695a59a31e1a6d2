CREATE TABLE `channel_health` (
	`channel` text PRIMARY KEY NOT NULL,
	`failing_since` integer,
	`last_error` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `fallback` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `provider_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `receipt` text;--> statement-breakpoint
CREATE INDEX `outbox_provider_idx` ON `outbox` (`provider_id`);--> statement-breakpoint
ALTER TABLE `supporters` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `supporters` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `consents` ADD `channel` text;