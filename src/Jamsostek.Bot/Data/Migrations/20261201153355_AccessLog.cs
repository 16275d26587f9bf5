using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_At",
                table: "AccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_Officer_At",
                table: "AccessLog",
                columns: new[] { "Officer", "At" });

            // The access log is append-only in the database too (ExecuteUpdate, raw SQL, another tool); BotDbContext
            // refuses tracked changes first. Unlike the audit, no erasure edit: it holds no worker's answers.
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""
                    CREATE TRIGGER "AccessLog_NoUpdate" BEFORE UPDATE ON "AccessLog"
                    BEGIN SELECT RAISE(ABORT, 'access log entries are append-only'); END;
                    """);
                migrationBuilder.Sql("""
                    CREATE TRIGGER "AccessLog_NoDelete" BEFORE DELETE ON "AccessLog"
                    BEGIN SELECT RAISE(ABORT, 'access log entries are append-only'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AccessLog_NoUpdate";""");
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AccessLog_NoDelete";""");
            }

            migrationBuilder.DropTable(
                name: "AccessLog");
        }
    }
}
