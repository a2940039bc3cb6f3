# flow-runner in a container: Node 24, Chromium for the PDF report, a non-root user.
#   docker build -t flow-runner .
#   docker run --rm -v "$PWD:/work" -v "$PWD/secrets:/run/secrets:ro" flow-runner run flows/ --env dev
# Every install step is in docker/install.sh, which the tests run in parts without Docker.
FROM node:24-bookworm-slim

ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE=

LABEL org.opencontainers.image.title="flow-runner" \
      org.opencontainers.image.description="Run multi-step HTTP API workflows (flows) and report on them" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}"

ENV NODE_ENV=production \
    CHROME_PATH=/usr/bin/chromium

COPY . /opt/flow-runner
RUN APP_DIR=/opt/flow-runner bash /opt/flow-runner/docker/install.sh all

# Docker and Compose mount secrets as files in /run/secrets, which the secrets-folder provider
# reads; there is no OS keychain in the image.
USER flow-runner
WORKDIR /work
ENTRYPOINT ["flow-runner"]
CMD ["--help"]
