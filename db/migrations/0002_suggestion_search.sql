-- Full-text search: the public board searches only public words; officers'
-- "similar suggestions" compare what people originally wrote.
CREATE VIRTUAL TABLE `suggestions_public_fts` USING fts5(public_wording, outcome, content='suggestions', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE VIRTUAL TABLE `suggestions_body_fts` USING fts5(body, content='suggestions', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `suggestions_fts_insert` AFTER INSERT ON `suggestions` BEGIN
  INSERT INTO suggestions_public_fts(rowid, public_wording, outcome) VALUES (new.id, new.public_wording, new.outcome);
  INSERT INTO suggestions_body_fts(rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `suggestions_fts_delete` AFTER DELETE ON `suggestions` BEGIN
  INSERT INTO suggestions_public_fts(suggestions_public_fts, rowid, public_wording, outcome) VALUES ('delete', old.id, old.public_wording, old.outcome);
  INSERT INTO suggestions_body_fts(suggestions_body_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `suggestions_fts_update_public` AFTER UPDATE OF public_wording, outcome ON `suggestions` BEGIN
  INSERT INTO suggestions_public_fts(suggestions_public_fts, rowid, public_wording, outcome) VALUES ('delete', old.id, old.public_wording, old.outcome);
  INSERT INTO suggestions_public_fts(rowid, public_wording, outcome) VALUES (new.id, new.public_wording, new.outcome);
END;
--> statement-breakpoint
CREATE TRIGGER `suggestions_fts_update_body` AFTER UPDATE OF body ON `suggestions` BEGIN
  INSERT INTO suggestions_body_fts(suggestions_body_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO suggestions_body_fts(rowid, body) VALUES (new.id, new.body);
END;
