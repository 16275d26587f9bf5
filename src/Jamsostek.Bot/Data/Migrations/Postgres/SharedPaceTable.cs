using Microsoft.EntityFrameworkCore.Migrations;

namespace Jamsostek.Bot.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (PostgreSQL only, not in the EF model): the channel pace shared by the replicas
/// (<see cref="Outbox.SharedChannelPace"/>), one row per channel, its bucket's arrival time in UTC ticks.
/// Called from the Initial migration; keep the calls when regenerating it.
/// </summary>
internal static class SharedPaceTable
{
    public static void Create(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""CREATE TABLE "OutboxChannelPace" ("Channel" text PRIMARY KEY, "Arrival" bigint NOT NULL);""");

    public static void Drop(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "OutboxChannelPace";""");
}
