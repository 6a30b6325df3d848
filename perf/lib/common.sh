# Shared by perf/run and perf/faults/run: PostgreSQL databases, the application process, ports.
# Everything started here is recorded and cleaned up by cleanup_all (installed as an EXIT trap).
PERF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "${PERF_DIR}/.." && pwd)"
JAR="${PERF_JAR:-${ROOT_DIR}/web-ui/target/fakh.jar}"   # PERF_JAR: measure a copy while the tree rebuilds
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
PERF_PASSWORD="perf-Passw0rd-1"
# The production launch (documented in perf/README.md): bounded heap, AppCDS archive when present.
# Not -Xms32m -Xmn24m with tight free ratios: they took RSS from 443 to 343 MB but cost issuing 316 full
# collections (perf/README.md, "Session 12").
JVM_FLAGS=(-Xmx256m -XX:+UseSerialGC -Xss512k)
PIDS=()
DBS=()
WORK="$(mktemp -d /tmp/fakh-perf.XXXXXX)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

cleanup_all() {
  local status=$? pid db f
  if [ "${status}" -ne 0 ]; then   # a failed run shows what the nodes logged before their logs go
    for f in "${WORK}"/*/app-*.log "${WORK}"/app-*.log; do
      [ -f "${f}" ] || continue
      log "errors in ${f##*/}:"
      grep -E -A3 "ERROR|Exception" "${f}" | grep -v "^\s*at " | tail -n 40 >&2 || true
    done
  fi
  for pid in "${PIDS[@]}"; do kill -9 "${pid}" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "${pid}" 2>/dev/null || true; done
  pg_isready -q || ensure_postgres
  if [ -n "${PERF_KEEP_DATABASES:-}" ]; then   # kept for profiling (EXPLAIN, a second run); drop them by hand
    log "kept databases: ${DBS[*]}"; DBS=()
  fi
  for db in "${DBS[@]}"; do psql -q -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "${WORK}"
}

ensure_postgres() {
  local i
  for i in $(seq 1 30); do pg_isready -q && return 0; sleep 1; done
  log "PostgreSQL is down: starting it"
  pg_ctlcluster --skip-systemctl-redirect 15 main start || true
  for i in $(seq 1 30); do pg_isready -q && return 0; sleep 1; done
  return 1
}

new_db() { # new_db <suffix> [template]: creates fakh_perf_<pid>_<suffix>, sets NEW_DB (not a subshell: cleanup must see it)
  NEW_DB="fakh_perf_$$_$1"
  psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE ${NEW_DB} ENCODING 'UTF8' TEMPLATE ${2:-template0}" >/dev/null \
    || die "create ${NEW_DB}"
  DBS+=("${NEW_DB}")
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_app <db> <port> <data dir> [extra JVM flags...]; sets APP_PID and STARTUP_MS.
start_app() {
  local db="$1" port="$2" data="$3"; shift 3
  port_free "${port}" || die "port ${port} is in use"
  mkdir -p "${data}"
  local t0; t0=$(date +%s%N)
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/${db}" DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= MICRONAUT_SERVER_PORT="${port}" FAKH_DATA_DIR="${data}" \
  FAKH_ADMIN_EMAIL=admin@perf.local FAKH_ADMIN_PASSWORD="${PERF_PASSWORD}" FAKH_PUBLIC_RATE_LIMIT=0 \
  FAKH_JWT_SECRET="${FAKH_JWT_SECRET:-perf-jwt-secret-0123456789abcdef0123456789abcdef}" \
  FAKH_KEY_MASTER_SECRET="${FAKH_KEY_MASTER_SECRET:-perf-master-secret-0123456789abcdef0123456789}" \
  FAKH_PUBLIC_URL="http://127.0.0.1:${port}" \
    java "${JVM_FLAGS[@]}" "$@" -jar "${JAR}" >"${data}/app-${port}.log" 2>&1 &
  APP_PID=$!
  PIDS+=("${APP_PID}")
  wait_healthy "${port}" 120 || { tail -50 "${data}/app-${port}.log" >&2; die "application on ${port} did not start"; }
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

wait_healthy() { # wait_healthy <port> <seconds>
  local deadline=$(( $(date +%s%N) + $2 * 1000000000 ))
  while [ "$(date +%s%N)" -lt "${deadline}" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health" 2>/dev/null)" = 200 ] && return 0
    sleep 0.02
  done
  return 1
}

stop_app() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
