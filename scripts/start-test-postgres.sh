#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the test suite and prints the line to
# export, e.g.  eval "$(bash scripts/start-test-postgres.sh)"
# The cluster lives in a temporary folder, listens on 127.0.0.1 only, trusts local connections
# (nothing else can reach it) and holds one empty database, outcomes_test. Installs Debian's
# `postgresql` package first when no server is installed. Stop it with
#   bash scripts/start-test-postgres.sh stop <data folder>   (the folder is printed as PGTEST_DATA).
set -euo pipefail

# The first free port from 55432 (another test server, or a developer's, may hold one).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${PGTEST_PORT:-}"
if [ -z "$PORT" ]; then
  for candidate in $(seq 55432 55531); do
    if ! port_in_use "$candidate"; then PORT="$candidate"; break; fi
  done
  [ -n "$PORT" ] || { echo "No free port in 55432-55531 for the test PostgreSQL" >&2; exit 1; }
fi

if [ "${1:-}" = "stop" ]; then
  data="${2:?the data folder printed as PGTEST_DATA}"
  bin="$(cat "$data/.bin")"
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
  rm -rf "$data"
  exit 0
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(find_bin)"
fi

# initdb refuses to run as root; the cluster belongs to the postgres user Debian's package made.
data="$(mktemp -d /tmp/outcomes-pgtest.XXXXXX)"
chown postgres:postgres "$data"
echo "$bin" >"$data/.bin.tmp"
runuser -u postgres -- "$bin/initdb" -D "$data/cluster" --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 --username=postgres >/dev/null
mv "$data/.bin.tmp" "$data/.bin"
# Move the cluster's files up so the one folder is both the data directory and what `stop` removes.
runuser -u postgres -- sh -c "mv '$data/cluster/'* '$data/' && rmdir '$data/cluster'"
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -w -l "$data/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $data -c max_connections=200 -c fsync=off" \
  start >&2
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U postgres outcomes_test
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/outcomes_test PGTEST_DATA=$data"
