# chc-bench: one image for the API (`serve`, the default) and the workers (`worker`).
# Build: docker build -t chc-bench .   Run the whole service: docker compose up (compose.yaml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, from the lock file alone, so that a source change reuses this layer.
# --ignore-scripts: `prepare` would build before the sources are copied; we build below.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY types ./types
COPY ingest ./ingest
COPY libs ./libs
COPY apps ./apps
COPY dashboards ./dashboards
# Then only what runs: the dev tools (TypeScript, esbuild, jest…) leave with the sources.
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CHC_DATA_DIR=/data \
    CHC_API_HOST=0.0.0.0 \
    CHC_API_PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The embedded database (when DATABASE_URL is unset) and other local state, owned by the
# unprivileged user the service runs as.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
ENTRYPOINT ["node", "dist/apps/cli/main.js"]
CMD ["serve"]
