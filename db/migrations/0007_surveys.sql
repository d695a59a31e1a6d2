CREATE TABLE `survey_answers` (
	`response_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`value` text NOT NULL,
	`other` text DEFAULT '' NOT NULL,
	`suggestion_id` integer,
	PRIMARY KEY(`response_id`, `question_id`),
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `survey_answers_question_idx` ON `survey_answers` (`question_id`);--> statement-breakpoint
CREATE TABLE `survey_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_pages_survey_idx` ON `survey_pages` (`survey_id`,`position`);--> statement-breakpoint
CREATE TABLE `survey_participations` (
	`survey_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`survey_id`, `user_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_question_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`changed_by` text,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `survey_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`page_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`hint` text DEFAULT '' NOT NULL,
	`required` integer DEFAULT false NOT NULL,
	`easy_text` text DEFAULT '' NOT NULL,
	`choices` text DEFAULT '[]' NOT NULL,
	`allow_other` integer DEFAULT false NOT NULL,
	`low_label` text DEFAULT '' NOT NULL,
	`high_label` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`page_id`) REFERENCES `survey_pages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_questions_survey_idx` ON `survey_questions` (`survey_id`,`position`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`status` text DEFAULT 'in_progress' NOT NULL,
	`respondent_kind` text,
	`user_id` text,
	`contact_name` text,
	`contact_email` text,
	`easy_read` integer DEFAULT false NOT NULL,
	`resume_token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_resume_token_hash_unique` ON `survey_responses` (`resume_token_hash`);--> statement-breakpoint
CREATE INDEX `survey_responses_survey_idx` ON `survey_responses` (`survey_id`,`status`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_member_idx` ON `survey_responses` (`survey_id`,`user_id`) WHERE user_id is not null;--> statement-breakpoint
CREATE TABLE `survey_tallies` (
	`survey_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`respondent_kind` text NOT NULL,
	`key` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `question_id`, `respondent_kind`, `key`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`intro` text NOT NULL,
	`easy_intro` text DEFAULT '' NOT NULL,
	`audience` text DEFAULT '' NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`asks_contact` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`opens_on` text NOT NULL,
	`closes_on` text NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`results_published_at` integer,
	`summary_asked` text DEFAULT '' NOT NULL,
	`summary_headlines` text DEFAULT '' NOT NULL,
	`summary_published_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `suggestions` ADD `survey_id` integer;--> statement-breakpoint
CREATE INDEX `suggestions_survey_idx` ON `suggestions` (`survey_id`) WHERE survey_id is not null;