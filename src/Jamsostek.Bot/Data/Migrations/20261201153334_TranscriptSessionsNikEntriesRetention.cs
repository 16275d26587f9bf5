using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jamsostek.Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class TranscriptSessionsNikEntriesRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegistrationSession",
                table: "SignUps",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationSession",
                table: "Conversations",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessionId",
                table: "ConversationMessages",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NikEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Refused = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NikEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedMessages_ProcessedAt",
                table: "ProcessedMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_AbandonedAt",
                table: "OutboxMessages",
                column: "AbandonedAt");

            migrationBuilder.CreateIndex(
                name: "IX_HandoffRequests_Channel_ChatId_ClosedAt",
                table: "HandoffRequests",
                columns: new[] { "Channel", "ChatId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_At",
                table: "ConversationMessages",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_SessionId",
                table: "ConversationMessages",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_NikEntries_At",
                table: "NikEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_NikEntries_Channel_ChatId_At",
                table: "NikEntries",
                columns: new[] { "Channel", "ChatId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_NikEntries_Refused_At",
                table: "NikEntries",
                columns: new[] { "Refused", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NikEntries");

            migrationBuilder.DropIndex(
                name: "IX_ProcessedMessages_ProcessedAt",
                table: "ProcessedMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_AbandonedAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_HandoffRequests_Channel_ChatId_ClosedAt",
                table: "HandoffRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConversationMessages_At",
                table: "ConversationMessages");

            migrationBuilder.DropIndex(
                name: "IX_ConversationMessages_SessionId",
                table: "ConversationMessages");

            migrationBuilder.DropColumn(
                name: "RegistrationSession",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "RegistrationSession",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "ConversationMessages");
        }
    }
}
