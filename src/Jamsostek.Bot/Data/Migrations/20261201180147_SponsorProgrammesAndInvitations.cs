using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class SponsorProgrammesAndInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BudgetYear",
                table: "Sponsors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EligibleGroups",
                table: "Sponsors",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalBasis",
                table: "Sponsors",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodEnd",
                table: "Sponsors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodStart",
                table: "Sponsors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Programs",
                table: "Sponsors",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "JKK,JKM");

            migrationBuilder.CreateTable(
                name: "SponsorInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SponsorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Nik = table.Column<string>(type: "TEXT", nullable: false),
                    NikHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FullName = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    SignUpId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SponsorInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SponsorInvitations_Sponsors_SponsorId",
                        column: x => x.SponsorId,
                        principalTable: "Sponsors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_Code",
                table: "SponsorInvitations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_NikHash",
                table: "SponsorInvitations",
                column: "NikHash");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorInvitations_SponsorId_VillageCode_Status",
                table: "SponsorInvitations",
                columns: new[] { "SponsorId", "VillageCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SponsorInvitations");

            migrationBuilder.DropColumn(
                name: "BudgetYear",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "EligibleGroups",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "LegalBasis",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "PeriodEnd",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "PeriodStart",
                table: "Sponsors");

            migrationBuilder.DropColumn(
                name: "Programs",
                table: "Sponsors");
        }
    }
}
