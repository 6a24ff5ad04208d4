# PostgreSQL for the PostgreSQL integration tests (migrations on PostgreSQL, two instances on one database).
# Installs Debian's postgresql when missing, creates a throwaway cluster under /tmp, starts it on loopback only, creates
# a database and a user with a password, and exports the connection for the tests:
#   BOT_TEST_PG_URL, BOT_TEST_PG_USER, BOT_TEST_PG_PASSWORD   (and BOT_TEST_PG_DIR, the throwaway folder)
# Without BOT_TEST_PG_URL the PostgreSQL tests are skipped with a message; with it they must pass.
# Sourced by .ci/run. Locally: `source .ci/setup/30-postgresql.sh`, run the tests, then `pg_test_stop`.
# The server runs as the `postgres` user (initdb refuses root); BOT_TEST_PG_PORT picks the port (default 55432).

pg_test_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
pg_test_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -z "$(pg_test_bin)" ]; then
  if ! declare -F apt_install >/dev/null; then
    echo "PostgreSQL 未安装：请先 apt-get install postgresql" >&2
    return 1 2>/dev/null || exit 1
  fi
  apt_install postgresql
fi
BOT_TEST_PG_BIN="$(pg_test_bin)"
BOT_TEST_PG_PORT="${BOT_TEST_PG_PORT:-55432}"
BOT_TEST_PG_DIR="$(mktemp -d /tmp/campaign-bot-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then chown postgres: "$BOT_TEST_PG_DIR"; fi

pg_test_as_owner "$BOT_TEST_PG_BIN/initdb" -D "$BOT_TEST_PG_DIR/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$BOT_TEST_PG_DIR/initdb.log"
# loopback only, socket in the throwaway folder (no /var/run/postgresql needed), enough connections for two
# application instances with their pools plus the tests' own
pg_test_as_owner "$BOT_TEST_PG_BIN/pg_ctl" -D "$BOT_TEST_PG_DIR/data" -l "$BOT_TEST_PG_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $BOT_TEST_PG_PORT -k $BOT_TEST_PG_DIR -c max_connections=200 -c fsync=off" start

BOT_TEST_PG_USER=campaignbot
BOT_TEST_PG_PASSWORD="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
pg_test_as_owner psql -q -h "$BOT_TEST_PG_DIR" -p "$BOT_TEST_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE $BOT_TEST_PG_USER LOGIN PASSWORD '$BOT_TEST_PG_PASSWORD';
CREATE DATABASE campaignbot OWNER $BOT_TEST_PG_USER ENCODING 'UTF8';
SQL
export BOT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$BOT_TEST_PG_PORT/campaignbot"
export BOT_TEST_PG_USER BOT_TEST_PG_PASSWORD BOT_TEST_PG_DIR
echo "PostgreSQL 已在 127.0.0.1:$BOT_TEST_PG_PORT 启动（数据目录 $BOT_TEST_PG_DIR，停止：pg_test_stop）"

pg_test_stop() {
  pg_test_as_owner "$BOT_TEST_PG_BIN/pg_ctl" -D "$BOT_TEST_PG_DIR/data" -m fast -w stop && rm -rf "$BOT_TEST_PG_DIR"
  unset BOT_TEST_PG_URL BOT_TEST_PG_USER BOT_TEST_PG_PASSWORD BOT_TEST_PG_DIR
}
