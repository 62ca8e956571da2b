-- With mail set up, a new account waits for its address to be confirmed (NULL: usable), and the
-- links that prove a mailbox say what they are for (a new password, or a confirmation).
ALTER TABLE account ADD COLUMN awaiting_confirmation_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE password_reset ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'reset';
