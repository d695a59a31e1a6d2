CREATE TABLE `action_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `strategy_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_updates_action_idx` ON `action_updates` (`action_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`period` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `strategy_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`how` text DEFAULT '' NOT NULL,
	`measures` text DEFAULT '' NOT NULL,
	`lead` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `strategy_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategy_actions_code_idx` ON `strategy_actions` (`strategy_id`,`code`);--> statement-breakpoint
CREATE TABLE `strategy_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategy_areas_name_idx` ON `strategy_areas` (`strategy_id`,`name`);--> statement-breakpoint
CREATE TABLE `suggestion_actions` (
	`suggestion_id` integer NOT NULL,
	`action_id` integer NOT NULL,
	PRIMARY KEY(`suggestion_id`, `action_id`),
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `strategy_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `suggestion_actions_action_idx` ON `suggestion_actions` (`action_id`);--> statement-breakpoint
CREATE TABLE `suggestion_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`suggestion_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`public_note` text DEFAULT '' NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`officer_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `suggestion_events_idx` ON `suggestion_events` (`suggestion_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body` text NOT NULL,
	`public_wording` text DEFAULT '' NOT NULL,
	`topic_id` integer,
	`contributor_kind` text NOT NULL,
	`contributor_name` text,
	`contributor_email` text,
	`contributor_user_id` text,
	`consent_wording` text NOT NULL,
	`contributor_updates` integer DEFAULT true NOT NULL,
	`source` text DEFAULT 'form' NOT NULL,
	`source_url` text,
	`status` text DEFAULT 'received' NOT NULL,
	`merged_into_id` integer,
	`assignee_id` text,
	`safeguarding` integer DEFAULT false NOT NULL,
	`published_at` integer,
	`outcome` text DEFAULT '' NOT NULL,
	`tracking_token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`first_response_at` integer,
	`outcome_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contributor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestions_tracking_token_hash_unique` ON `suggestions` (`tracking_token_hash`);--> statement-breakpoint
CREATE INDEX `suggestions_public_idx` ON `suggestions` (`published_at`,`id`,`topic_id`,`status`) WHERE published_at is not null and safeguarding = 0 and status != 'merged';--> statement-breakpoint
CREATE INDEX `suggestions_queue_idx` ON `suggestions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `suggestions_created_idx` ON `suggestions` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `suggestions_topic_idx` ON `suggestions` (`topic_id`);--> statement-breakpoint
CREATE TABLE `supporters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`suggestion_id` integer NOT NULL,
	`supporter_key` text NOT NULL,
	`email` text,
	`updates` integer DEFAULT true NOT NULL,
	`stop_token` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supporters_stop_token_unique` ON `supporters` (`stop_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `supporters_once_idx` ON `supporters` (`suggestion_id`,`supporter_key`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`archived` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topics_name_unique` ON `topics` (`name`);--> statement-breakpoint
ALTER TABLE `area_settings` ADD `safeguarding_email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `area_settings` ADD `response_days` integer DEFAULT 20 NOT NULL;