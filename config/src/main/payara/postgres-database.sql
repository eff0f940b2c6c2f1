-- Creates the Welcoming City database and its two roles on PostgreSQL 15 or newer.
-- Run once as a superuser:
--   psql -v owner_password="'...'" -v app_password="'...'" -f postgres-database.sql
--
-- welcoming_owner owns the schema; the application uses it only to migrate the schema when
-- it starts (the pool jdbc/welcoming-schema). welcoming is the role the application works
-- as: after every migration it is granted SELECT, INSERT, UPDATE and DELETE on the
-- application's tables, but on audit_event only SELECT and INSERT
-- (db/vendor/postgresql/afterMigrate__application_grants.sql). On top of that, triggers
-- refuse UPDATE, DELETE and TRUNCATE on audit_event to everyone, the owner included.
CREATE ROLE welcoming_owner LOGIN PASSWORD :owner_password NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE welcoming LOGIN PASSWORD :app_password NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE welcoming OWNER welcoming_owner ENCODING 'UTF8';
\connect welcoming
ALTER SCHEMA public OWNER TO welcoming_owner;
REVOKE ALL ON DATABASE welcoming FROM PUBLIC;
GRANT CONNECT ON DATABASE welcoming TO welcoming;
GRANT USAGE ON SCHEMA public TO welcoming;
