using Microsoft.EntityFrameworkCore.Migrations;

namespace Jamsostek.Bot.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (PostgreSQL): the audit and the access log are append-only in the database too, whatever the path
/// (ExecuteUpdate, raw SQL, psql), as the SQLite triggers make them. The one audit change allowed is the one SQLite
/// allows: a snapshot replaced by one holding the erasure marker, or by ciphertext (re-encryption; BotDbContext
/// checks the content, which the trigger cannot read). Who, when, what and of which record never change; no row is
/// deleted; the tables cannot be truncated. Called from the Initial migration; keep the calls when regenerating it.
/// </summary>
internal static class AppendOnlyTriggers
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION "AuditEntries_Guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE'
                 AND NEW."Id" = OLD."Id" AND NEW."At" = OLD."At" AND NEW."Actor" = OLD."Actor" AND NEW."Action" = OLD."Action"
                 AND NEW."EntityType" = OLD."EntityType" AND NEW."EntityId" = OLD."EntityId"
                 AND (NEW."BeforeJson" IS NOT DISTINCT FROM OLD."BeforeJson"
                      OR (NEW."BeforeJson" IS NOT NULL AND (strpos(NEW."BeforeJson", '[dihapus]') > 0 OR left(NEW."BeforeJson", 7) = 'enc:v1:')))
                 AND (NEW."AfterJson" IS NOT DISTINCT FROM OLD."AfterJson"
                      OR (NEW."AfterJson" IS NOT NULL AND (strpos(NEW."AfterJson", '[dihapus]') > 0 OR left(NEW."AfterJson", 7) = 'enc:v1:')))
              THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'restrict_violation';
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE FUNCTION "AppendOnly_Refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '% entries are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION "AuditEntries_Guard"();
            CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION "AppendOnly_Refuse"();
            CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION "AppendOnly_Refuse"();
            CREATE TRIGGER "AccessLog_NoUpdate" BEFORE UPDATE ON "AccessLog" FOR EACH ROW EXECUTE FUNCTION "AppendOnly_Refuse"();
            CREATE TRIGGER "AccessLog_NoDelete" BEFORE DELETE ON "AccessLog" FOR EACH ROW EXECUTE FUNCTION "AppendOnly_Refuse"();
            CREATE TRIGGER "AccessLog_NoTruncate" BEFORE TRUNCATE ON "AccessLog" FOR EACH STATEMENT EXECUTE FUNCTION "AppendOnly_Refuse"();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AuditEntries_NoDelete" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AuditEntries_NoTruncate" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AccessLog_NoUpdate" ON "AccessLog";
            DROP TRIGGER IF EXISTS "AccessLog_NoDelete" ON "AccessLog";
            DROP TRIGGER IF EXISTS "AccessLog_NoTruncate" ON "AccessLog";
            DROP FUNCTION IF EXISTS "AuditEntries_Guard"();
            DROP FUNCTION IF EXISTS "AppendOnly_Refuse"();
            """);
    }
}
