-- Least-privilege roles for a gradus store on PostgreSQL (docs/store.md, "Roles").
-- Run as the owner of the database's tables (the role that ran the migrations, e.g. with
-- `gradus check-store`) after the first migration and again after an upgrade that adds tables:
--   psql "dbname=gradus" -v ON_ERROR_STOP=1 -f scripts/pg-roles.sql
-- Then give people and services a login in one of the three groups:
--   CREATE ROLE cpi_forli_batch LOGIN IN ROLE gradus_batch;
-- One statement per line: tests run this file statement by statement.

DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gradus_batch') THEN CREATE ROLE gradus_batch NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gradus_staff') THEN CREATE ROLE gradus_staff NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gradus_auditor') THEN CREATE ROLE gradus_auditor NOLOGIN; END IF; END $$;

-- Nobody but the owner creates objects in the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO gradus_batch, gradus_staff, gradus_auditor;

-- Batch: records runs. It adds rows everywhere, changes only the runs table (a run goes from
-- running to succeeded or failed and joins the chain), and never deletes.
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO gradus_batch;
GRANT UPDATE ON runs TO gradus_batch;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO gradus_batch;

-- Staff: read the results; not the stored input files (blobs hold ISEE, health and family data).
GRANT SELECT ON schema_migrations, runs, run_files, art16_graduatoria, l68_obblighi, service_events TO gradus_staff;

-- Auditors: read everything, write nothing.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO gradus_auditor;
