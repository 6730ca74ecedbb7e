# syntax=docker/dockerfile:1
# The Heimdall gateway. Build from the repository root:  docker build -t heimdall .
# Run:  docker run --rm -p 8080:8080 -e OPENAI_API_KEY -e HEIMDALL_API_KEYS heimdall
# apps/gateway/src/e2e/deployed-gateway.test.ts checks the same pnpm deploy and start-up without Docker.

ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS build
ENV TURBO_TELEMETRY_DISABLED=1
WORKDIR /workspace
# pnpm at the exact version package.json pins.
COPY package.json ./
RUN npm install --global "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1]")"
# Packages from the lockfile alone first, so this layer is reused until the lockfile changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile
RUN pnpm exec turbo run build --filter=@heimdall/gateway...
# The gateway with its production dependencies only; workspace packages (the docs site too) are copied in.
RUN pnpm --filter @heimdall/gateway deploy --prod --legacy --prefer-offline /deployed

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=build --chown=node:node /deployed/package.json ./package.json
COPY --from=build --chown=node:node /deployed/node_modules ./node_modules
COPY --from=build --chown=node:node /deployed/dist ./dist
# Where the default SQLite database (HEIMDALL_DATABASE_URL unset) is kept; mount a volume here to keep it.
RUN mkdir /app/data && chown node:node /app/data
USER node
EXPOSE 8080
# Slim images have no curl: the gateway's own probe asks /health on the configured port, over HTTPS when TLS is on.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["node", "dist/health-probe.js"]
# The gateway handles SIGTERM itself: it stops accepting, lets streams finish (HEIMDALL_SHUTDOWN_GRACE_MS), then exits.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
