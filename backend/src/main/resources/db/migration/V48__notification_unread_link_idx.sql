-- The unread notifications of a kind that lead to one address, for every member at once: the animateurs' notices
-- of a reported project, read together once no report of it is open (notification/AnsweredNotifications.java).
CREATE INDEX notification_unread_kind_link_idx ON notification (kind, link) WHERE read_at IS NULL;
