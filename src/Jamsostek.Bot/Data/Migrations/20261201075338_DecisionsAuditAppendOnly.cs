using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <summary>
    /// The audit is append-only in the database too: triggers refuse DELETE of AuditEntries and any UPDATE but the redaction of personal values, whatever
    /// the path (ExecuteUpdate, raw SQL, another tool). No model change: the guard in BotDbContext.SaveChanges
    /// refuses tracked changes with a clear message before they reach these triggers.
    /// </summary>
    public partial class DecisionsAuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite())
            {
                return;
            }

            // The one change allowed: personal values inside the before/after snapshots replaced by the erasure
            // marker ("hapus data saya"). Who, when, what and of which record can never change.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                WHEN NEW."Id" IS NOT OLD."Id" OR NEW."At" IS NOT OLD."At" OR NEW."Actor" IS NOT OLD."Actor"
                  OR NEW."Action" IS NOT OLD."Action" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId"
                  OR (NEW."BeforeJson" IS NOT OLD."BeforeJson" AND (NEW."BeforeJson" IS NULL OR instr(NEW."BeforeJson", '[dihapus]') = 0))
                  OR (NEW."AfterJson" IS NOT OLD."AfterJson" AND (NEW."AfterJson" IS NULL OR instr(NEW."AfterJson", '[dihapus]') = 0))
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite())
            {
                return;
            }

            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");
        }
    }
}
