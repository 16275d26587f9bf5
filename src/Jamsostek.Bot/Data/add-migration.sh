#!/usr/bin/env bash
# Adds one EF Core migration to both sets: SQLite (Data/Migrations, BotDbContext) and PostgreSQL
# (Data/Migrations/Postgres, PostgresBotDbContext), then checks that neither has model changes left.
# Usage, from anywhere: src/Jamsostek.Bot/Data/add-migration.sh DescriptiveName
# No database is needed. Hand-written SQL (triggers) goes into each migration in that provider's dialect.
set -euo pipefail
name="${1:?usage: add-migration.sh DescriptiveName}"
cd "$(dirname "$0")/../../.."
dotnet tool restore >/dev/null
dotnet build src/Jamsostek.Bot
ef() { dotnet tool run dotnet-ef "$@" --no-build --project src/Jamsostek.Bot; }
ef migrations add "$name" --context BotDbContext
ef migrations add "$name" --context PostgresBotDbContext --output-dir Data/Migrations/Postgres
dotnet build src/Jamsostek.Bot
ef migrations has-pending-model-changes --context BotDbContext
ef migrations has-pending-model-changes --context PostgresBotDbContext
