using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLeaseHandoffClosedAuditGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedUntil",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "HandoffRequests",
                type: "TEXT",
                nullable: true);

            // The audit is append-only in the database too, whatever the path (ExecuteUpdate, raw SQL, another
            // tool); BotDbContext.SaveChanges refuses tracked changes with a clear message before they get here.
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
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");
            }

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "HandoffRequests");
        }
    }
}
