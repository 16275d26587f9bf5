using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class SponsoredSelfPaidPrograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SelfPaidPrograms",
                table: "Members",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SelfPaidPrograms",
                table: "Members");
        }
    }
}
