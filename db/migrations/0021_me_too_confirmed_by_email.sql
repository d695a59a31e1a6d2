ALTER TABLE `supporters` ADD `pending_confirm_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `supporters_pending_confirm_hash_unique` ON `supporters` (`pending_confirm_hash`);