ALTER TABLE `survey_responses` ADD `continue_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_continue_token_hash_unique` ON `survey_responses` (`continue_token_hash`);--> statement-breakpoint
-- Links emailed before now carry the answering browser's own token: they keep working, once.
UPDATE `survey_responses` SET `continue_token_hash` = `resume_token_hash` WHERE `status` = 'in_progress';
