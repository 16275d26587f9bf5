using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class SponsorInvitationNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "SponsorInvitations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChatId",
                table: "SponsorInvitations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InvitedAt",
                table: "SponsorInvitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastNoticeAt",
                table: "SponsorInvitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_SignUpId",
                table: "SponsorInvitations",
                column: "SignUpId");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_Status_LastNoticeAt",
                table: "SponsorInvitations",
                columns: new[] { "Status", "LastNoticeAt" });

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
