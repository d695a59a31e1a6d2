CREATE TABLE `suggested_groupings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`words` text NOT NULL,
	`items` text NOT NULL,
	`state` text DEFAULT 'proposed' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `theme_actions` (
	`theme_id` integer NOT NULL,
	`action_id` integer NOT NULL,
	PRIMARY KEY(`theme_id`, `action_id`),
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `strategy_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `theme_actions_action_idx` ON `theme_actions` (`action_id`);--> statement-breakpoint
CREATE TABLE `theme_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`theme_id` integer NOT NULL,
	`said` text NOT NULL,
	`officer_id` text,
	`officer_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `theme_history_theme_idx` ON `theme_history` (`theme_id`,`at`);--> statement-breakpoint
CREATE TABLE `theme_items` (
	`theme_id` integer NOT NULL,
	`item_kind` text NOT NULL,
	`item_key` text NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` integer,
	`contributor_kind` text NOT NULL,
	`said_at` integer NOT NULL,
	`attached_at` integer NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `theme_items_once_idx` ON `theme_items` (`item_kind`,`item_key`);--> statement-breakpoint
CREATE INDEX `theme_items_theme_idx` ON `theme_items` (`theme_id`,`source_kind`,`said_at`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`description_easy_read` text DEFAULT '' NOT NULL,
	`merged_into_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `told_us_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`introduction` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`proposed_by` text,
	`forum_name` text,
	`forum_agreed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `told_us_themes` (
	`report_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`report_id`, `theme_id`),
	FOREIGN KEY (`report_id`) REFERENCES `told_us_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);

--> statement-breakpoint
-- Changes to themes and to "What you told us" go into the audit trail, as for suggestions (0012).
CREATE TRIGGER audit_themes_insert AFTER INSERT ON themes WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'insert', 'themes:' || NEW.id, NULL,
    json_object(
    'id', NEW.id,
    'name', NEW.name,
    'description', NEW.description,
    'description_easy_read', NEW.description_easy_read,
    'merged_into_id', NEW.merged_into_id)); END;
--> statement-breakpoint
CREATE TRIGGER audit_themes_update AFTER UPDATE ON themes
WHEN audit_actor() IS NOT NULL AND json_object(
    'id', OLD.id,
    'name', OLD.name,
    'description', OLD.description,
    'description_easy_read', OLD.description_easy_read,
    'merged_into_id', OLD.merged_into_id) IS NOT json_object(
    'id', NEW.id,
    'name', NEW.name,
    'description', NEW.description,
    'description_easy_read', NEW.description_easy_read,
    'merged_into_id', NEW.merged_into_id) BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'update', 'themes:' || NEW.id,
    json_object(
    'id', OLD.id,
    'name', OLD.name,
    'description', OLD.description,
    'description_easy_read', OLD.description_easy_read,
    'merged_into_id', OLD.merged_into_id),
    json_object(
    'id', NEW.id,
    'name', NEW.name,
    'description', NEW.description,
    'description_easy_read', NEW.description_easy_read,
    'merged_into_id', NEW.merged_into_id)); END;
--> statement-breakpoint
CREATE TRIGGER audit_themes_delete AFTER DELETE ON themes WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'delete', 'themes:' || OLD.id,
    json_object(
    'id', OLD.id,
    'name', OLD.name,
    'description', OLD.description,
    'description_easy_read', OLD.description_easy_read,
    'merged_into_id', OLD.merged_into_id), NULL); END;
--> statement-breakpoint
CREATE TRIGGER audit_told_us_reports_insert AFTER INSERT ON told_us_reports WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'insert', 'told_us_reports:' || NEW.id, NULL,
    json_object(
    'id', NEW.id,
    'title', NEW.title,
    'period_from', NEW.period_from,
    'period_to', NEW.period_to,
    'introduction', NEW.introduction,
    'state', NEW.state,
    'published_at', NEW.published_at,
    'forum_name', NEW.forum_name,
    'forum_agreed_at', NEW.forum_agreed_at)); END;
--> statement-breakpoint
CREATE TRIGGER audit_told_us_reports_update AFTER UPDATE ON told_us_reports
WHEN audit_actor() IS NOT NULL AND json_object(
    'id', OLD.id,
    'title', OLD.title,
    'period_from', OLD.period_from,
    'period_to', OLD.period_to,
    'introduction', OLD.introduction,
    'state', OLD.state,
    'published_at', OLD.published_at,
    'forum_name', OLD.forum_name,
    'forum_agreed_at', OLD.forum_agreed_at) IS NOT json_object(
    'id', NEW.id,
    'title', NEW.title,
    'period_from', NEW.period_from,
    'period_to', NEW.period_to,
    'introduction', NEW.introduction,
    'state', NEW.state,
    'published_at', NEW.published_at,
    'forum_name', NEW.forum_name,
    'forum_agreed_at', NEW.forum_agreed_at) BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'update', 'told_us_reports:' || NEW.id,
    json_object(
    'id', OLD.id,
    'title', OLD.title,
    'period_from', OLD.period_from,
    'period_to', OLD.period_to,
    'introduction', OLD.introduction,
    'state', OLD.state,
    'published_at', OLD.published_at,
    'forum_name', OLD.forum_name,
    'forum_agreed_at', OLD.forum_agreed_at),
    json_object(
    'id', NEW.id,
    'title', NEW.title,
    'period_from', NEW.period_from,
    'period_to', NEW.period_to,
    'introduction', NEW.introduction,
    'state', NEW.state,
    'published_at', NEW.published_at,
    'forum_name', NEW.forum_name,
    'forum_agreed_at', NEW.forum_agreed_at)); END;
--> statement-breakpoint
CREATE TRIGGER audit_told_us_reports_delete AFTER DELETE ON told_us_reports WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'delete', 'told_us_reports:' || OLD.id,
    json_object(
    'id', OLD.id,
    'title', OLD.title,
    'period_from', OLD.period_from,
    'period_to', OLD.period_to,
    'introduction', OLD.introduction,
    'state', OLD.state,
    'published_at', OLD.published_at,
    'forum_name', OLD.forum_name,
    'forum_agreed_at', OLD.forum_agreed_at), NULL); END;
