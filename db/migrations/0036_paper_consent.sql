ALTER TABLE `consents` ADD `received_on` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE `consents` ADD `entered_by` text REFERENCES users(id);