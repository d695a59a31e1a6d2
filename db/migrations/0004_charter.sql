CREATE TABLE `charter_commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `charter_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`date` text NOT NULL,
	`note` text NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `charter_commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `charter_evidence_commitment_idx` ON `charter_evidence` (`commitment_id`,`date`);--> statement-breakpoint
CREATE TABLE `charter_signatures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`kind` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`list_publicly` integer NOT NULL,
	`consent_wording` text NOT NULL,
	`status` text DEFAULT 'unconfirmed' NOT NULL,
	`confirm_token_hash` text NOT NULL,
	`manage_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`withdrawn_at` integer,
	FOREIGN KEY (`version_id`) REFERENCES `charter_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charter_signatures_confirm_token_hash_unique` ON `charter_signatures` (`confirm_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `charter_signatures_manage_token_unique` ON `charter_signatures` (`manage_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `charter_signatures_once_idx` ON `charter_signatures` (`version_id`,`email`) WHERE status != 'withdrawn';--> statement-breakpoint
CREATE INDEX `charter_signatures_listing_idx` ON `charter_signatures` (`version_id`,`status`);--> statement-breakpoint
CREATE TABLE `charter_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body` text NOT NULL,
	`change_summary` text DEFAULT '' NOT NULL,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
