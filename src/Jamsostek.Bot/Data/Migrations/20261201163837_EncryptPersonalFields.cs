using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class EncryptPersonalFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignUps_Nik",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_Nik_Active",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_Phone",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_Members_Nik",
                table: "Members");

            migrationBuilder.AddColumn<string>(
                name: "NikHash",
                table: "SignUps",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "SignUps",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_NikHash",
                table: "SignUps",
                column: "NikHash");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_NikHash_Active",
                table: "SignUps",
                column: "NikHash",
                unique: true,
                filter: "\"Status\" IN ('pending', 'approved')");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_PhoneHash",
                table: "SignUps",
                column: "PhoneHash");

            // Hand-written (SQLite): snapshots are now encrypted, so the trigger cannot read them; it lets a snapshot
            // change only to an erasure marker or to ciphertext. BotDbContext.RefuseAuditChanges decrypts and allows
            // only erasure or the same content re-encrypted (start-up, key rotation); forging ciphertext needs the key.
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
                migrationBuilder.Sql("""
                    CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                    WHEN NEW."Id" IS NOT OLD."Id" OR NEW."At" IS NOT OLD."At" OR NEW."Actor" IS NOT OLD."Actor"
                      OR NEW."Action" IS NOT OLD."Action" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId"
                      OR (NEW."BeforeJson" IS NOT OLD."BeforeJson" AND (NEW."BeforeJson" IS NULL OR (instr(NEW."BeforeJson", '[dihapus]') = 0 AND substr(NEW."BeforeJson", 1, 7) <> 'enc:v1:')))
                      OR (NEW."AfterJson" IS NOT OLD."AfterJson" AND (NEW."AfterJson" IS NULL OR (instr(NEW."AfterJson", '[dihapus]') = 0 AND substr(NEW."AfterJson", 1, 7) <> 'enc:v1:')))
                    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignUps_NikHash",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_NikHash_Active",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_PhoneHash",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "NikHash",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "PhoneHash",
                table: "SignUps");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_Nik",
                table: "SignUps",
                column: "Nik");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_Nik_Active",
                table: "SignUps",
                column: "Nik",
                unique: true,
                filter: "\"Status\" IN ('pending', 'approved')");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_Phone",
                table: "SignUps",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Nik",
                table: "Members",
                column: "Nik");

            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
                migrationBuilder.Sql("""
                    CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                    WHEN NEW."Id" IS NOT OLD."Id" OR NEW."At" IS NOT OLD."At" OR NEW."Actor" IS NOT OLD."Actor"
                      OR NEW."Action" IS NOT OLD."Action" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId"
                      OR (NEW."BeforeJson" IS NOT OLD."BeforeJson" AND (NEW."BeforeJson" IS NULL OR instr(NEW."BeforeJson", '[dihapus]') = 0))
                      OR (NEW."AfterJson" IS NOT OLD."AfterJson" AND (NEW."AfterJson" IS NULL OR instr(NEW."AfterJson", '[dihapus]') = 0))
                    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                    """);
            }
        }
    }
}
