# A throwaway Redis for the store contract tests (tests/unit/store/store-contract.test.ts).
# Source this file, then call start_test_servers: it exports REDIS_URL; stop_test_servers stops it by pid.
# The server listens on a free loopback port, keeps nothing on disk (no RDB, no AOF) and works in a
# temporary folder. Root installs redis-server with apt when it is missing; another user needs it
# installed already, or sudo without a password.

TEST_SERVERS_DIR=""
TEST_REDIS_PID=""

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

install_redis() {
  if command -v redis-server >/dev/null 2>&1; then return 0; fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! sudo -n true 2>/dev/null; then
      echo "redis-server is not installed and this user cannot install it (no root, no password-less sudo)" >&2
      return 1
    fi
    sudo="sudo -n"
  fi
  echo "installing redis-server"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
}

wait_for_redis() {
  local port=$1
  for _ in $(seq 1 100); do
    if ! kill -0 "$TEST_REDIS_PID" 2>/dev/null; then
      echo "redis-server exited; its log:" >&2
      cat "$TEST_SERVERS_DIR/redis.log" >&2 || true
      return 1
    fi
    if node -e "
      const socket = require('net').connect($port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.on('data', (data) => process.exit(String(data).startsWith('+PONG') ? 0 : 1));
      socket.on('error', () => process.exit(1));
    " 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "redis-server did not answer on port $port" >&2
  return 1
}

start_test_servers() {
  install_redis
  TEST_SERVERS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/newsdigest-servers.XXXXXX")"
  local port
  port="$(free_port)"
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no \
    --dir "$TEST_SERVERS_DIR" --logfile "$TEST_SERVERS_DIR/redis.log" --daemonize no &
  TEST_REDIS_PID=$!
  wait_for_redis "$port"
  export REDIS_URL="redis://127.0.0.1:$port"
  echo "test Redis: $REDIS_URL (pid $TEST_REDIS_PID)"
}

stop_test_servers() {
  if [ -n "$TEST_REDIS_PID" ]; then
    kill "$TEST_REDIS_PID" 2>/dev/null || true
    wait "$TEST_REDIS_PID" 2>/dev/null || true
    TEST_REDIS_PID=""
  fi
  if [ -n "$TEST_SERVERS_DIR" ]; then
    rm -rf "$TEST_SERVERS_DIR"
    TEST_SERVERS_DIR=""
  fi
}
