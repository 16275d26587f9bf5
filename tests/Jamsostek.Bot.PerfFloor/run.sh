#!/usr/bin/env bash
# The peer and the floor bot on the same crowd, one after the other, from the project root:
#   tests/Jamsostek.Bot.PerfFloor/run.sh [--users N] [--concurrency C] [--think-ms T] [--floor-only]
# One JSON line per run: the peer, the floor (the peer's work), the floor with Jamsostek.Bot's guarantees switched on,
# then with its group commit, and then with its libraries (Telegram.Bot, the full ASP.NET Core host, EF Core).
# Uses ../shared/perf's loadgen.js and peer-grammy.js, copied and installed as compare.sh does.
set -euo pipefail
project=$(pwd)
users=1000 conc=50 think=0 floor_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --concurrency) conc=$2; shift 2 ;;
    --think-ms) think=$2; shift 2 ;;
    --floor-only) floor_only=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$project/tests/Jamsostek.Bot.PerfFloor/Jamsostek.Bot.PerfFloor.csproj" ] || { echo "run this from the project root" >&2; exit 2; }
harness=$project/../shared/perf
cache=${XDG_CACHE_HOME:-$HOME/.cache}/jamsostek-perf
mkdir -p "$cache"
cp "$harness"/loadgen.js "$harness"/peer-grammy.js "$harness"/package.json "$harness"/package-lock.json "$cache"/
[ -d "$cache/node_modules/grammy" ] || (cd "$cache" && { npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null; })

work=$(mktemp -d)
cleanup() { for p in ${pids:-}; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$project/tests/Jamsostek.Bot.PerfFloor" -c Release -o "$work/bin" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tick=$(getconf CLK_TCK)

run() { # $1 = name, then the bot's command line after the ports
  local name=$1 api port lg bot rss cpu line; shift
  api=$(free_port); port=$(free_port); rm -f "$work"/db*
  /usr/bin/time -f "LOADGEN_CPU %U %S" node "$cache/loadgen.js" --webhook "http://127.0.0.1:$port/webhooks/telegram" \
    --api-port "$api" --users "$users" --concurrency "$conc" --think-ms "$think" --delay-ms 3000 --max-seconds 300 \
    >"$work/lg.out" 2>"$work/lg.err" &
  lg=$!
  "$@" --port "$port" --api "http://127.0.0.1:$api" --db "$work/db" >"$work/bot.log" 2>&1 &
  bot=$!; pids="$lg $bot"
  wait "$lg" || true
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$bot/status"); cpu=$(awk -v t="$tick" '{print $14/t, $15/t}' "/proc/$bot/stat")
  kill "$bot" 2>/dev/null || true; wait "$bot" 2>/dev/null || true; pids=""
  line=$(tail -1 "$work/lg.out")
  python3 - "$name" "$line" "$rss" "$cpu" "$(grep LOADGEN_CPU "$work/lg.err" || echo "LOADGEN_CPU 0 0")" <<'PY'
import json, sys
name, line, rss, cpu, lg = sys.argv[1:6]
r = json.loads(line); turns = max(1, r["turns"]); user, system = map(float, cpu.split()); lu, ls = map(float, lg.split()[1:])
print(json.dumps({"bot": name, "turns_per_s": r["turns_per_s"], "p50_ms": r["p50_ms"], "p99_ms": r["p99_ms"],
    "completed": r["completed"], "users": r["users"], "stuck": r["stuck"], "http_errors": r["http_errors"],
    "duplicate_messages": r["duplicate_messages"], "api_calls_per_turn": round(r["api_calls"] / turns, 2),
    "peak_rss_mb": int(rss) // 1024, "cpu_ms_per_turn": round(1000 * (user + system) / turns, 2),
    "user_ms_per_turn": round(1000 * user / turns, 2), "system_ms_per_turn": round(1000 * system / turns, 2),
    "loadgen_cpu_ms_per_turn": round(1000 * (lu + ls) / turns, 2)}))
PY
}

floor=(dotnet "$work/bin/Jamsostek.Bot.PerfFloor.dll")
[ "$floor_only" = 1 ] || run peer node "$cache/peer-grammy.js"
run floor "${floor[@]}"
run floor+full-sync "${floor[@]}" --full-sync
run floor+dedupe+transcript+outbox "${floor[@]}" --dedupe --transcript --outbox
all=(--full-sync --dedupe --transcript --outbox)
run floor+all "${floor[@]}" "${all[@]}"
run floor+all+group-commit "${floor[@]}" "${all[@]}" --group-commit
run floor+all+group-commit+telegram-bot+full-host+ef "${floor[@]}" "${all[@]}" --group-commit --telegram-bot --full-host --ef
