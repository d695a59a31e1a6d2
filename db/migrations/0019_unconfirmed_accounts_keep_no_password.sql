-- A password chosen before the email address was confirmed may be someone else's: it is dropped.
-- The address's owner chooses one when they confirm it (docs/decisions/0011).
UPDATE `users` SET `password_hash` = NULL WHERE `email_verified_at` IS NULL;
