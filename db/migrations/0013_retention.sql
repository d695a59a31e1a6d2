ALTER TABLE `area_settings` ADD `registrant_months` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE `area_settings` ADD `survey_identity_months` integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE `area_settings` ADD `unconfirmed_signature_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `area_settings` ADD `email_days` integer DEFAULT 90 NOT NULL;