# The app with its built web client. Without DATABASE_URL it runs on the embedded database in
# /app/data; docker-compose.yml runs it against PostgreSQL.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund

COPY . .
# The web app and the server bundle (server/dist); the prepared demo database is made at the first
# embedded start with the demo, in a cache the server may write to.
RUN node scripts/build.mjs \
  && mkdir -p /app/data /app/node_modules/.cache/collective-impact \
  && chown node:node /app/data /app/node_modules/.cache/collective-impact

ENV PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    WEB_DIST=/app/web/dist

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["node", "server/dist/server.js"]
