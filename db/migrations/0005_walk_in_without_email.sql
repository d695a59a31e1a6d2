PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`email` text,
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
INSERT INTO `__new_registrations`("id", "event_id", "user_id", "name", "email", "phone", "role", "places", "access_needs", "access_notes", "dietary_needs", "consent_wording", "wants_updates", "status", "attended_at", "walk_in", "manage_token", "created_at", "cancelled_at") SELECT "id", "event_id", "user_id", "name", "email", "phone", "role", "places", "access_needs", "access_notes", "dietary_needs", "consent_wording", "wants_updates", "status", "attended_at", "walk_in", "manage_token", "created_at", "cancelled_at" FROM `registrations`;--> statement-breakpoint
DROP TABLE `registrations`;--> statement-breakpoint
ALTER TABLE `__new_registrations` RENAME TO `registrations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_manage_token_unique` ON `registrations` (`manage_token`);--> statement-breakpoint
CREATE INDEX `registrations_event_idx` ON `registrations` (`event_id`,`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_once_idx` ON `registrations` (`event_id`,`email`) WHERE status != 'cancelled';--> statement-breakpoint
-- Walk-ins recorded before this change carried a made-up address.
UPDATE `registrations` SET `email` = NULL WHERE `email` LIKE 'walk-in-%@invalid';
