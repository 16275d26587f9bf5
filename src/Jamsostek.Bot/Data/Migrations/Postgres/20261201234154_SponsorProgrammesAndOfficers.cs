using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SponsorProgrammesAndOfficers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VillageQuotas",
                table: "Sponsors",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextLookAt",
                table: "SponsorInvitations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sponsors",
                table: "AspNetUsers",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_Status_NextLookAt",
                table: "SponsorInvitations",
                columns: new[] { "Status", "NextLookAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SponsorInvitations_Status_NextLookAt",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "VillageQuotas",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "NextLookAt",
                table: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "Sponsors",
                table: "AspNetUsers");
        }
    }
}
