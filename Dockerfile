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
RUN npm run build -w web \
  && mkdir -p /app/data \
  && chown node:node /app/data

ENV PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    WEB_DIST=/app/web/dist

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["npx", "tsx", "server/src/server.ts"]
