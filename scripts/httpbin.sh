#!/usr/bin/env bash
# Start or stop a local httpbin (Debian's python3-httpbin served by gunicorn) on 127.0.0.1.
#
#   scripts/httpbin.sh [start] [PORT]   start in the background; PORT 0 or none picks a free port
#   scripts/httpbin.sh stop             stop the server this script started
#
# `start` prints `HTTPBIN_PID=...`, `HTTPBIN_PORT=...` and `HTTPBIN_URL=...` and writes the same
# lines to $HTTPBIN_STATE (default $TMPDIR/flow-runner-httpbin/state.env), so CI can `source` the file.
# Install on Debian or Ubuntu: apt-get install -y python3-httpbin gunicorn
set -euo pipefail

state_file="${HTTPBIN_STATE:-${TMPDIR:-/tmp}/flow-runner-httpbin/state.env}"
log_file="$(dirname "$state_file")/gunicorn.log"
# Debian's gunicorn runs on /usr/bin/python3, where python3-httpbin is installed; a python3
# from pyenv or a virtualenv earlier on PATH may lack the module.
python="${HTTPBIN_PYTHON:-/usr/bin/python3}"

free_port() {
  "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local port="${1:-0}"
  if [[ -f "$state_file" ]]; then
    echo "httpbin state file $state_file exists: run '$0 stop' first." >&2
    exit 1
  fi
  if ! command -v gunicorn >/dev/null || ! "$python" -c 'import httpbin' 2>/dev/null; then
    echo "gunicorn or python3-httpbin is missing: apt-get install -y python3-httpbin gunicorn" >&2
    exit 1
  fi
  if [[ "$port" == 0 ]]; then
    port="$(free_port)"
  fi

  mkdir -p "$(dirname "$state_file")"
  gunicorn --bind "127.0.0.1:$port" --workers 2 --access-logfile - httpbin:app >"$log_file" 2>&1 &
  local pid=$!

  # Wait up to 15 seconds for the first response.
  local url="http://127.0.0.1:$port"
  for _ in $(seq 1 150); do
    if curl --silent --fail --max-time 1 "$url/get" >/dev/null 2>&1; then
      printf 'HTTPBIN_PID=%s\nHTTPBIN_PORT=%s\nHTTPBIN_URL=%s\n' "$pid" "$port" "$url" | tee "$state_file"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "gunicorn exited before it responded; its log ($log_file):" >&2
      cat "$log_file" >&2
      exit 1
    fi
    sleep 0.1
  done

  echo "httpbin did not respond on $url within 15 seconds; stopping PID $pid." >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}

stop() {
  if [[ ! -f "$state_file" ]]; then
    echo "No httpbin state file at $state_file: nothing to stop." >&2
    exit 0
  fi
  local pid
  pid="$(sed -n 's/^HTTPBIN_PID=//p' "$state_file")"
  # SIGTERM makes the gunicorn master stop its workers before it exits.
  if [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    echo "Stopped httpbin (PID $pid)."
  else
    echo "httpbin PID ${pid:-?} was not running."
  fi
  rm -f "$state_file"
}

case "${1:-start}" in
  start) start "${2:-0}" ;;
  stop) stop ;;
  *)
    echo "Usage: $0 [start [PORT] | stop]" >&2
    exit 2
    ;;
esac
