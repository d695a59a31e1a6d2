CREATE TABLE `review_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`user_id` text,
	`passage` integer NOT NULL,
	`passage_text` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`reply` text DEFAULT '' NOT NULL,
	`decision` text,
	`decline_reason` text DEFAULT '' NOT NULL,
	`public_wording` text DEFAULT '' NOT NULL,
	`answered_by` text,
	`answered_at` integer,
	`suggestion_id` integer,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_comments_round_idx` ON `review_comments` (`round_id`,`passage`);--> statement-breakpoint
CREATE INDEX `review_comments_user_idx` ON `review_comments` (`user_id`) WHERE user_id is not null;--> statement-breakpoint
CREATE TABLE `review_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`public_since` integer,
	`public_intro` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `review_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`submitted_at` integer,
	`invited_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_invitations_once_idx` ON `review_invitations` (`round_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `review_invitations_user_idx` ON `review_invitations` (`user_id`);--> statement-breakpoint
CREATE TABLE `review_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`deadline` text NOT NULL,
	`deadline_at` integer NOT NULL,
	`questions` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `review_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `review_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_rounds_document_idx` ON `review_rounds` (`document_id`);--> statement-breakpoint
CREATE INDEX `review_rounds_deadline_idx` ON `review_rounds` (`deadline_at`);--> statement-breakpoint
CREATE TABLE `review_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`body` text NOT NULL,
	`easy_read` text DEFAULT '{}' NOT NULL,
	`change_summary` text DEFAULT '' NOT NULL,
	`number` integer,
	`published_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `review_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_versions_document_idx` ON `review_versions` (`document_id`,`number`);