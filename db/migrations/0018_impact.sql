CREATE TABLE `outcome_sign_offs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`suggestion_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`outcome` text NOT NULL,
	`outcome_easy_read` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'awaiting_forum' NOT NULL,
	`officer_id` text,
	`officer_name` text NOT NULL,
	`officer_agreed_at` integer NOT NULL,
	`forum_id` text,
	`forum_name` text,
	`forum_agreed_at` integer,
	`sent_back_by` text,
	`sent_back_at` integer,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`forum_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `outcome_sign_offs_suggestion_idx` ON `outcome_sign_offs` (`suggestion_id`,`id`);--> statement-breakpoint
CREATE INDEX `outcome_sign_offs_state_idx` ON `outcome_sign_offs` (`state`);--> statement-breakpoint
ALTER TABLE `area_settings` ADD `forum_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `area_settings` ADD `joint_sign_off` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `strategy_actions` ADD `participation_level` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `outcome_easy_read` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `surveys` ADD `summary_easy_read` text DEFAULT '' NOT NULL;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_suggestions_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_suggestions_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_suggestions_delete;
--> statement-breakpoint
CREATE TRIGGER audit_suggestions_insert AFTER INSERT ON suggestions WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'insert', 'suggestions:' || NEW.id, NULL, json_object('id', NEW.id, 'status', NEW.status, 'public_wording', NEW.public_wording, 'topic_id', NEW.topic_id, 'assignee_id', NEW.assignee_id, 'safeguarding', NEW.safeguarding, 'published_at', NEW.published_at, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'merged_into_id', NEW.merged_into_id)); END;
--> statement-breakpoint
CREATE TRIGGER audit_suggestions_update AFTER UPDATE ON suggestions WHEN audit_actor() IS NOT NULL AND json_object('id', OLD.id, 'status', OLD.status, 'public_wording', OLD.public_wording, 'topic_id', OLD.topic_id, 'assignee_id', OLD.assignee_id, 'safeguarding', OLD.safeguarding, 'published_at', OLD.published_at, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'merged_into_id', OLD.merged_into_id) IS NOT json_object('id', NEW.id, 'status', NEW.status, 'public_wording', NEW.public_wording, 'topic_id', NEW.topic_id, 'assignee_id', NEW.assignee_id, 'safeguarding', NEW.safeguarding, 'published_at', NEW.published_at, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'merged_into_id', NEW.merged_into_id) BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'update', 'suggestions:' || NEW.id, json_object('id', OLD.id, 'status', OLD.status, 'public_wording', OLD.public_wording, 'topic_id', OLD.topic_id, 'assignee_id', OLD.assignee_id, 'safeguarding', OLD.safeguarding, 'published_at', OLD.published_at, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'merged_into_id', OLD.merged_into_id), json_object('id', NEW.id, 'status', NEW.status, 'public_wording', NEW.public_wording, 'topic_id', NEW.topic_id, 'assignee_id', NEW.assignee_id, 'safeguarding', NEW.safeguarding, 'published_at', NEW.published_at, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'merged_into_id', NEW.merged_into_id)); END;
--> statement-breakpoint
CREATE TRIGGER audit_suggestions_delete AFTER DELETE ON suggestions WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'delete', 'suggestions:' || OLD.id, json_object('id', OLD.id, 'status', OLD.status, 'public_wording', OLD.public_wording, 'topic_id', OLD.topic_id, 'assignee_id', OLD.assignee_id, 'safeguarding', OLD.safeguarding, 'published_at', OLD.published_at, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'merged_into_id', OLD.merged_into_id), NULL); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_strategy_actions_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_strategy_actions_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_strategy_actions_delete;
--> statement-breakpoint
CREATE TRIGGER audit_strategy_actions_insert AFTER INSERT ON strategy_actions WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'insert', 'strategy_actions:' || NEW.id, NULL, json_object('id', NEW.id, 'area_id', NEW.area_id, 'code', NEW.code, 'title', NEW.title, 'lead', NEW.lead, 'due_date', NEW.due_date, 'status', NEW.status, 'participation_level', NEW.participation_level)); END;
--> statement-breakpoint
CREATE TRIGGER audit_strategy_actions_update AFTER UPDATE ON strategy_actions WHEN audit_actor() IS NOT NULL AND json_object('id', OLD.id, 'area_id', OLD.area_id, 'code', OLD.code, 'title', OLD.title, 'lead', OLD.lead, 'due_date', OLD.due_date, 'status', OLD.status, 'participation_level', OLD.participation_level) IS NOT json_object('id', NEW.id, 'area_id', NEW.area_id, 'code', NEW.code, 'title', NEW.title, 'lead', NEW.lead, 'due_date', NEW.due_date, 'status', NEW.status, 'participation_level', NEW.participation_level) BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'update', 'strategy_actions:' || NEW.id, json_object('id', OLD.id, 'area_id', OLD.area_id, 'code', OLD.code, 'title', OLD.title, 'lead', OLD.lead, 'due_date', OLD.due_date, 'status', OLD.status, 'participation_level', OLD.participation_level), json_object('id', NEW.id, 'area_id', NEW.area_id, 'code', NEW.code, 'title', NEW.title, 'lead', NEW.lead, 'due_date', NEW.due_date, 'status', NEW.status, 'participation_level', NEW.participation_level)); END;
--> statement-breakpoint
CREATE TRIGGER audit_strategy_actions_delete AFTER DELETE ON strategy_actions WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'delete', 'strategy_actions:' || OLD.id, json_object('id', OLD.id, 'area_id', OLD.area_id, 'code', OLD.code, 'title', OLD.title, 'lead', OLD.lead, 'due_date', OLD.due_date, 'status', OLD.status, 'participation_level', OLD.participation_level), NULL); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_area_settings_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_area_settings_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_area_settings_delete;
--> statement-breakpoint
CREATE TRIGGER audit_area_settings_insert AFTER INSERT ON area_settings WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'insert', 'area_settings:' || NEW.id, NULL, json_object('id', NEW.id, 'area_name', NEW.area_name, 'contact_email', NEW.contact_email, 'safeguarding_email', NEW.safeguarding_email, 'response_days', NEW.response_days, 'concern_phrases', NEW.concern_phrases, 'forum_name', NEW.forum_name, 'joint_sign_off', NEW.joint_sign_off)); END;
--> statement-breakpoint
CREATE TRIGGER audit_area_settings_update AFTER UPDATE ON area_settings WHEN audit_actor() IS NOT NULL AND json_object('id', OLD.id, 'area_name', OLD.area_name, 'contact_email', OLD.contact_email, 'safeguarding_email', OLD.safeguarding_email, 'response_days', OLD.response_days, 'concern_phrases', OLD.concern_phrases, 'forum_name', OLD.forum_name, 'joint_sign_off', OLD.joint_sign_off) IS NOT json_object('id', NEW.id, 'area_name', NEW.area_name, 'contact_email', NEW.contact_email, 'safeguarding_email', NEW.safeguarding_email, 'response_days', NEW.response_days, 'concern_phrases', NEW.concern_phrases, 'forum_name', NEW.forum_name, 'joint_sign_off', NEW.joint_sign_off) BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'update', 'area_settings:' || NEW.id, json_object('id', OLD.id, 'area_name', OLD.area_name, 'contact_email', OLD.contact_email, 'safeguarding_email', OLD.safeguarding_email, 'response_days', OLD.response_days, 'concern_phrases', OLD.concern_phrases, 'forum_name', OLD.forum_name, 'joint_sign_off', OLD.joint_sign_off), json_object('id', NEW.id, 'area_name', NEW.area_name, 'contact_email', NEW.contact_email, 'safeguarding_email', NEW.safeguarding_email, 'response_days', NEW.response_days, 'concern_phrases', NEW.concern_phrases, 'forum_name', NEW.forum_name, 'joint_sign_off', NEW.joint_sign_off)); END;
--> statement-breakpoint
CREATE TRIGGER audit_area_settings_delete AFTER DELETE ON area_settings WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'delete', 'area_settings:' || OLD.id, json_object('id', OLD.id, 'area_name', OLD.area_name, 'contact_email', OLD.contact_email, 'safeguarding_email', OLD.safeguarding_email, 'response_days', OLD.response_days, 'concern_phrases', OLD.concern_phrases, 'forum_name', OLD.forum_name, 'joint_sign_off', OLD.joint_sign_off), NULL); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_outcome_sign_offs_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_outcome_sign_offs_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_outcome_sign_offs_delete;
--> statement-breakpoint
CREATE TRIGGER audit_outcome_sign_offs_insert AFTER INSERT ON outcome_sign_offs WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'insert', 'outcome_sign_offs:' || NEW.id, NULL, json_object('id', NEW.id, 'suggestion_id', NEW.suggestion_id, 'status', NEW.status, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'state', NEW.state, 'officer_id', NEW.officer_id, 'forum_id', NEW.forum_id, 'forum_agreed_at', NEW.forum_agreed_at, 'sent_back_by', NEW.sent_back_by, 'sent_back_at', NEW.sent_back_at, 'comment', NEW.comment)); END;
--> statement-breakpoint
CREATE TRIGGER audit_outcome_sign_offs_update AFTER UPDATE ON outcome_sign_offs WHEN audit_actor() IS NOT NULL AND json_object('id', OLD.id, 'suggestion_id', OLD.suggestion_id, 'status', OLD.status, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'state', OLD.state, 'officer_id', OLD.officer_id, 'forum_id', OLD.forum_id, 'forum_agreed_at', OLD.forum_agreed_at, 'sent_back_by', OLD.sent_back_by, 'sent_back_at', OLD.sent_back_at, 'comment', OLD.comment) IS NOT json_object('id', NEW.id, 'suggestion_id', NEW.suggestion_id, 'status', NEW.status, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'state', NEW.state, 'officer_id', NEW.officer_id, 'forum_id', NEW.forum_id, 'forum_agreed_at', NEW.forum_agreed_at, 'sent_back_by', NEW.sent_back_by, 'sent_back_at', NEW.sent_back_at, 'comment', NEW.comment) BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'update', 'outcome_sign_offs:' || NEW.id, json_object('id', OLD.id, 'suggestion_id', OLD.suggestion_id, 'status', OLD.status, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'state', OLD.state, 'officer_id', OLD.officer_id, 'forum_id', OLD.forum_id, 'forum_agreed_at', OLD.forum_agreed_at, 'sent_back_by', OLD.sent_back_by, 'sent_back_at', OLD.sent_back_at, 'comment', OLD.comment), json_object('id', NEW.id, 'suggestion_id', NEW.suggestion_id, 'status', NEW.status, 'outcome', NEW.outcome, 'outcome_easy_read', NEW.outcome_easy_read, 'state', NEW.state, 'officer_id', NEW.officer_id, 'forum_id', NEW.forum_id, 'forum_agreed_at', NEW.forum_agreed_at, 'sent_back_by', NEW.sent_back_by, 'sent_back_at', NEW.sent_back_at, 'comment', NEW.comment)); END;
--> statement-breakpoint
CREATE TRIGGER audit_outcome_sign_offs_delete AFTER DELETE ON outcome_sign_offs WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'delete', 'outcome_sign_offs:' || OLD.id, json_object('id', OLD.id, 'suggestion_id', OLD.suggestion_id, 'status', OLD.status, 'outcome', OLD.outcome, 'outcome_easy_read', OLD.outcome_easy_read, 'state', OLD.state, 'officer_id', OLD.officer_id, 'forum_id', OLD.forum_id, 'forum_agreed_at', OLD.forum_agreed_at, 'sent_back_by', OLD.sent_back_by, 'sent_back_at', OLD.sent_back_at, 'comment', OLD.comment), NULL); END;
