-- Creates the Welcoming City database and its application role on PostgreSQL 15 or newer.
-- Run once as a superuser:  psql -v app_password="'...'" -f postgres-database.sql
-- The application's role owns the schema objects it migrates (Flyway runs at start-up), and
-- the audit_event table refuses UPDATE, DELETE and TRUNCATE through triggers installed by
-- the migrations (db/vendor/postgresql/V3__audit_append_only.sql) and REVOKEd from PUBLIC.
-- Known limit: as the owner of the tables, this role could still disable the triggers with
-- ALTER TABLE; a separate migration role that owns the schema, leaving the application
-- role INSERT and SELECT only on audit_event, is planned. The hash chain finds any change
-- made that way.
CREATE ROLE welcoming LOGIN PASSWORD :app_password NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE welcoming OWNER welcoming ENCODING 'UTF8';
