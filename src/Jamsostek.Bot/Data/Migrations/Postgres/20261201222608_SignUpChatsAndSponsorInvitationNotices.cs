using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignUpChatsAndSponsorInvitationNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "SponsorInvitations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChatId",
                table: "SponsorInvitations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InvitedAt",
                table: "SponsorInvitations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastNoticeAt",
                table: "SponsorInvitations",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SignUpChats",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SignUpId = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChatId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AskedAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignUpChats", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_SignUpId",
                table: "SponsorInvitations",
                column: "SignUpId");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_Status_LastNoticeAt",
                table: "SponsorInvitations",
                columns: new[] { "Status", "LastNoticeAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUpChats_Channel_ChatId_SignUpId",
                table: "SignUpChats",
                columns: new[] { "Channel", "ChatId", "SignUpId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignUpChats_SignUpId",
                table: "SignUpChats",
                column: "SignUpId");

            migrationBuilder.AddForeignKey(
                name: "FK_SponsorInvitations_SignUps_SignUpId",
                table: "SponsorInvitations",
                column: "SignUpId",
                principalTable: "SignUps",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SponsorInvitations_SignUps_SignUpId",
                table: "SponsorInvitations");

            migrationBuilder.DropTable(
                name: "SignUpChats");

            migrationBuilder.DropIndex(
                name: "IX_SponsorInvitations_SignUpId",
                table: "SponsorInvitations");

            migrationBuilder.DropIndex(
                name: "IX_SponsorInvitations_Status_LastNoticeAt",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "ChatId",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "InvitedAt",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "LastNoticeAt",
                table: "SponsorInvitations");
        }
    }
}
