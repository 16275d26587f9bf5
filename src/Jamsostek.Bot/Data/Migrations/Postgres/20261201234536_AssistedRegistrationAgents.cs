using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssistedRegistrationAgents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AgentId",
                table: "SignUps",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmCode",
                table: "SignUps",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConfirmedAt",
                table: "SignUps",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HoldUntil",
                table: "SignUps",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Agents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegencyCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Phone = table.Column<string>(type: "text", nullable: false),
                    LinkCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ChatId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LinkedAt = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_AgentId_Status",
                table: "SignUps",
                columns: new[] { "AgentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_ConfirmCode",
                table: "SignUps",
                column: "ConfirmCode");

            migrationBuilder.CreateIndex(
                name: "IX_Agents_Channel_ChatId",
                table: "Agents",
                columns: new[] { "Channel", "ChatId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agents_LinkCode",
                table: "Agents",
                column: "LinkCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agents_RegencyCode",
                table: "Agents",
                column: "RegencyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agents");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_AgentId_Status",
                table: "SignUps");

            migrationBuilder.DropIndex(
                name: "IX_SignUps_ConfirmCode",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "AgentId",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "ConfirmCode",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "HoldUntil",
                table: "SignUps");
        }
    }
}
