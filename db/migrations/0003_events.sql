CREATE TABLE `event_actions` (
	`event_id` integer NOT NULL,
	`action_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `action_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `strategy_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `event_topics` (
	`event_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `topic_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`type` text NOT NULL,
	`audience` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`format` text NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`joining_link` text DEFAULT '' NOT NULL,
	`venue_features` text DEFAULT '[]' NOT NULL,
	`accessibility_notes` text DEFAULT '' NOT NULL,
	`capacity` integer NOT NULL,
	`max_places_per_registration` integer DEFAULT 4 NOT NULL,
	`registration_closes_at` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`heard_summary` text DEFAULT '' NOT NULL,
	`heard_recorded_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_listing_idx` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`places` integer DEFAULT 1 NOT NULL,
	`access_needs` text DEFAULT '[]' NOT NULL,
	`access_notes` text DEFAULT '' NOT NULL,
	`dietary_needs` text DEFAULT '' NOT NULL,
	`consent_wording` text NOT NULL,
	`wants_updates` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`attended_at` integer,
	`walk_in` integer DEFAULT false NOT NULL,
	`manage_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`cancelled_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_manage_token_unique` ON `registrations` (`manage_token`);--> statement-breakpoint
CREATE INDEX `registrations_event_idx` ON `registrations` (`event_id`,`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_once_idx` ON `registrations` (`event_id`,`email`) WHERE status != 'cancelled';--> statement-breakpoint
ALTER TABLE `outbox` ADD `attachments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `event_id` integer;--> statement-breakpoint
CREATE INDEX `suggestions_event_idx` ON `suggestions` (`event_id`);