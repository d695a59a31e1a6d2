CREATE TABLE `content_translations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` integer NOT NULL,
	`field` text NOT NULL,
	`lang` text NOT NULL,
	`text` text NOT NULL,
	`source_text` text NOT NULL,
	`provided_by` text NOT NULL,
	`provided_by_id` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`provided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);--> statement-breakpoint
CREATE UNIQUE INDEX `content_translations_subject_idx` ON `content_translations` (`subject_kind`,`subject_id`,`field`,`lang`);--> statement-breakpoint
CREATE INDEX `content_translations_lang_idx` ON `content_translations` (`lang`,`subject_kind`);--> statement-breakpoint
ALTER TABLE `area_settings` ADD `content_languages` text DEFAULT '["cy","ur"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `body_english` text DEFAULT '' NOT NULL;--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_area_settings_update;--> statement-breakpoint
CREATE TRIGGER audit_area_settings_update AFTER UPDATE ON area_settings
WHEN audit_actor() IS NOT NULL AND json_object(
    'id', OLD.id,
    'area_name', OLD.area_name,
    'contact_email', OLD.contact_email,
    'safeguarding_email', OLD.safeguarding_email,
    'response_days', OLD.response_days,
    'concern_phrases', OLD.concern_phrases,
    'forum_name', OLD.forum_name,
    'joint_sign_off', OLD.joint_sign_off,
    'content_languages', OLD.content_languages) IS NOT json_object(
    'id', NEW.id,
    'area_name', NEW.area_name,
    'contact_email', NEW.contact_email,
    'safeguarding_email', NEW.safeguarding_email,
    'response_days', NEW.response_days,
    'concern_phrases', NEW.concern_phrases,
    'forum_name', NEW.forum_name,
    'joint_sign_off', NEW.joint_sign_off,
    'content_languages', NEW.content_languages) BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'update', 'area_settings:' || NEW.id, json_object(
    'id', OLD.id,
    'area_name', OLD.area_name,
    'contact_email', OLD.contact_email,
    'safeguarding_email', OLD.safeguarding_email,
    'response_days', OLD.response_days,
    'concern_phrases', OLD.concern_phrases,
    'forum_name', OLD.forum_name,
    'joint_sign_off', OLD.joint_sign_off,
    'content_languages', OLD.content_languages), json_object(
    'id', NEW.id,
    'area_name', NEW.area_name,
    'contact_email', NEW.contact_email,
    'safeguarding_email', NEW.safeguarding_email,
    'response_days', NEW.response_days,
    'concern_phrases', NEW.concern_phrases,
    'forum_name', NEW.forum_name,
    'joint_sign_off', NEW.joint_sign_off,
    'content_languages', NEW.content_languages)); END;--> statement-breakpoint
CREATE TRIGGER audit_content_translations_insert AFTER INSERT ON content_translations WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'insert', 'content_translations:' || NEW.id, NULL, json_object(
    'id', NEW.id,
    'subject_kind', NEW.subject_kind,
    'subject_id', NEW.subject_id,
    'field', NEW.field,
    'lang', NEW.lang,
    'text', NEW.text,
    'provided_by', NEW.provided_by)); END;--> statement-breakpoint
CREATE TRIGGER audit_content_translations_update AFTER UPDATE ON content_translations
WHEN audit_actor() IS NOT NULL AND json_object(
    'id', OLD.id,
    'subject_kind', OLD.subject_kind,
    'subject_id', OLD.subject_id,
    'field', OLD.field,
    'lang', OLD.lang,
    'text', OLD.text,
    'provided_by', OLD.provided_by) IS NOT json_object(
    'id', NEW.id,
    'subject_kind', NEW.subject_kind,
    'subject_id', NEW.subject_id,
    'field', NEW.field,
    'lang', NEW.lang,
    'text', NEW.text,
    'provided_by', NEW.provided_by) BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'update', 'content_translations:' || NEW.id, json_object(
    'id', OLD.id,
    'subject_kind', OLD.subject_kind,
    'subject_id', OLD.subject_id,
    'field', OLD.field,
    'lang', OLD.lang,
    'text', OLD.text,
    'provided_by', OLD.provided_by), json_object(
    'id', NEW.id,
    'subject_kind', NEW.subject_kind,
    'subject_id', NEW.subject_id,
    'field', NEW.field,
    'lang', NEW.lang,
    'text', NEW.text,
    'provided_by', NEW.provided_by)); END;--> statement-breakpoint
CREATE TRIGGER audit_content_translations_delete AFTER DELETE ON content_translations WHEN audit_actor() IS NOT NULL BEGIN
  INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after)
  VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'),
    json_extract(audit_actor(), '$.name'), 'delete', 'content_translations:' || OLD.id, json_object(
    'id', OLD.id,
    'subject_kind', OLD.subject_kind,
    'subject_id', OLD.subject_id,
    'field', OLD.field,
    'lang', OLD.lang,
    'text', OLD.text,
    'provided_by', OLD.provided_by), NULL); END;
