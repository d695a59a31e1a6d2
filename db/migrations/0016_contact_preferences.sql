ALTER TABLE `users` ADD `suggestion_updates` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `event_reminders` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `survey_invitations` integer DEFAULT false NOT NULL;