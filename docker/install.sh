#!/usr/bin/env bash
# Installs flow-runner into the Docker image. Every install step of the image lives here, so
# the steps can be read, linted and partly run outside Docker, where no engine is available.
#
# Usage: install.sh [STEP...]   (default: all)
#   system  Chromium, fonts and CA certificates from Debian (needs root and apt)
#   app     npm ci, npm run build and npm prune --omit=dev in APP_DIR
#   link    put the flow-runner command on the PATH (BIN_DIR)
#   user    create the non-root user and the /work folder (needs root)
#   check   run the installed command and check Chromium
#
# Variables: APP_DIR (default: the folder above this script), BIN_DIR (default /usr/local/bin),
# RUN_USER and RUN_UID (default flow-runner and 10001), WORK_DIR (default /work).
set -euo pipefail

APP_DIR="${APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
BIN_DIR="${BIN_DIR:-/usr/local/bin}"
RUN_USER="${RUN_USER:-flow-runner}"
RUN_UID="${RUN_UID:-10001}"
WORK_DIR="${WORK_DIR:-/work}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

log() {
  printf 'install.sh: %s\n' "$*" >&2
}

install_system() {
  log "installing Chromium and fonts for the PDF report"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # fonts-liberation gives metric-compatible Arial, Times and Courier so PDFs lay out as in a
  # desktop browser; Chromium itself brings no fonts.
  apt-get install -y --no-install-recommends chromium fonts-liberation ca-certificates
  apt-get clean
  rm -rf /var/lib/apt/lists/*
}

install_app() {
  log "building flow-runner in ${APP_DIR}"
  cd "${APP_DIR}"
  npm ci --no-audit --no-fund
  npm run build
  npm prune --omit=dev --no-audit --no-fund
  npm cache clean --force
}

link_command() {
  log "linking ${BIN_DIR}/flow-runner"
  mkdir -p "${BIN_DIR}"
  chmod 0755 "${APP_DIR}/bin/flow-runner.js"
  ln -sf "${APP_DIR}/bin/flow-runner.js" "${BIN_DIR}/flow-runner"
}

create_user() {
  log "creating the user ${RUN_USER} (uid ${RUN_UID}) and ${WORK_DIR}"
  if ! id -u "${RUN_USER}" >/dev/null 2>&1; then
    useradd --uid "${RUN_UID}" --user-group --create-home --shell /usr/sbin/nologin "${RUN_USER}"
  fi
  mkdir -p "${WORK_DIR}"
  chown "${RUN_USER}:${RUN_USER}" "${WORK_DIR}"
}

check_install() {
  log "checking the installed command"
  "${BIN_DIR}/flow-runner" --version
  if [[ ! -x "${CHROME_PATH}" ]]; then
    log "warning: no Chromium at ${CHROME_PATH}; the PDF report will be skipped"
  fi
}

main() {
  local steps=("$@")
  if [[ ${#steps[@]} -eq 0 || "${steps[0]}" == "all" ]]; then
    steps=(system app link user check)
  fi
  for step in "${steps[@]}"; do
    case "${step}" in
      system) install_system ;;
      app) install_app ;;
      link) link_command ;;
      user) create_user ;;
      check) check_install ;;
      *)
        log "unknown step \"${step}\"; use system, app, link, user, check or all"
        exit 2
        ;;
    esac
  done
}

main "$@"
