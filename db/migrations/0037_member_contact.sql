ALTER TABLE `users` ADD `updates_channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `users` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `users` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `users` ADD `easy_read` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `forum_contact` text;