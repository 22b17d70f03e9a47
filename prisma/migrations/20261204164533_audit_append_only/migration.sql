-- Audit rows are append-only: no UPDATE, no DELETE, no TRUNCATE, on PostgreSQL and PGlite alike.
-- (Hand-written: a trigger cannot be expressed in schema.prisma. ADR 0006.)
CREATE OR REPLACE FUNCTION regiotafel_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION regiotafel_audit_append_only();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION regiotafel_audit_append_only();
