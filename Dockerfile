# syntax=docker/dockerfile:1
# deletion-bot image: compiled JavaScript only (no TypeScript sources, no dev dependencies).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# tsc -p tsconfig.build.json emits dist/src/... and dist/workers/...
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
# A small young generation and a bounded old one keep a back-filling bot near 170 MB instead of
# 360 MB (V8 otherwise grows its heap lazily on a large host); bench/ runs the bot with these.
# 512 MB leaves room for WORKER_CONCURRENCY (4) mails of MAX_MESSAGE_BYTES (10 MB) parsed at once
# (about 60 MB each: the bytea arrives as hex, then a Buffer, then mailparser's strings).
# A young generation of 2 MB semi-spaces (4 before) took another 15 to 20 MB off a quick back-log's
# peak (208 and 207 MB against 228 and 223 MB for 5,000 mails), its live heap unchanged.
ENV NODE_OPTIONS="--max-semi-space-size=2 --max-old-space-size=512"
# Two malloc arenas instead of glibc's eight per core: the heap above stays near 85 MB, and what a
# long back-fill grew beyond it was native memory scattered over the threads' arenas (a 100,000-mail
# back-fill peaked at 204-210 MB with the default, 194 MB with two, beside 184-191 MB for a quarter).
ENV MALLOC_ARENA_MAX=2
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# Migrations and the deletion plan; the code finds them beside package.json.
COPY --from=build /app/sql ./sql
# Requester mail templates (MAIL_TEMPLATES_DIR defaults to this folder); ops may mount their own.
COPY --from=build /app/templates ./templates
# bin/deletion-bot.mjs runs dist/ because src/ is absent here.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "node bin/deletion-bot.mjs migrate && exec node bin/deletion-bot.mjs start"]
