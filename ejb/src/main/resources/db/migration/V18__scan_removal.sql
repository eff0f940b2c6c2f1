-- A scan removed after the retention period (welcoming.attachments.retention-days) leaves its
-- description behind: name, type, size and SHA-256 stay, with the moment the bytes went.
ALTER TABLE request_attachment ADD COLUMN scan_removed_at TIMESTAMP WITH TIME ZONE;
