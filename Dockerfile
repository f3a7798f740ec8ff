# One build, one target per service (docker-compose.yml picks the target).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY web/package.json web/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

# Applies migrations and creates the API's read-only role, then exits.
FROM runtime AS migrate
CMD ["npx", "tsx", "db/migrate.ts"]

# One processor per chain: CHAIN=relay | coretime | asset-hub.
FROM runtime AS processor
ENV CHAIN=relay
# Healthy while it commits batches or waits at the chain head (squid/src/health.ts); the same check as docker-compose.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "squid/lib/health.js"]
CMD ["sh", "-c", "exec node squid/lib/main.js \"$CHAIN\""]

FROM runtime AS api
ENV API_HOST=0.0.0.0 API_PORT=4350
EXPOSE 4350
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD curl -fsS http://127.0.0.1:4350/health || exit 1
CMD ["node", "squid/lib/api/server.js"]

FROM runtime AS web
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD curl -fsS http://127.0.0.1:3000/ >/dev/null || exit 1
CMD ["node", "web/build"]
