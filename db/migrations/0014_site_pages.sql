CREATE TABLE `site_pages` (
	`slug` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`version` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TRIGGER audit_site_pages_insert AFTER INSERT ON site_pages WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'insert', 'site_pages:' || NEW.slug, NULL, json_object('slug', NEW.slug, 'version', NEW.version)); END;
--> statement-breakpoint
CREATE TRIGGER audit_site_pages_update AFTER UPDATE ON site_pages WHEN audit_actor() IS NOT NULL BEGIN INSERT INTO audit_log (at, actor_id, actor_name, action, subject, before, after) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), json_extract(audit_actor(), '$.id'), json_extract(audit_actor(), '$.name'), 'update', 'site_pages:' || NEW.slug, json_object('slug', OLD.slug, 'version', OLD.version), json_object('slug', NEW.slug, 'version', NEW.version)); END;
