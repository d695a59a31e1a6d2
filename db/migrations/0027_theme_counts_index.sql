DROP INDEX `theme_items_theme_idx`;--> statement-breakpoint
CREATE INDEX `theme_items_counts_idx` ON `theme_items` (`theme_id`,`source_kind`,`said_at`,`source_id`,`contributor_kind`);