# solar-cadastre API + 3D client, for production behind docker compose (PostGIS server through DATABASE_URL).
# Build stage: all dependencies, the server compiled to dist/ (bin/build.js, esbuild) and the client to client/dist,
# then the dev dependencies pruned. The runtime image holds only what runs: compiled JavaScript, production
# node_modules, and the files read at run time (sql/, fixtures/, client/dist).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
# BUILD_CLIENT=0: the client is built above (vite is a dev dependency, absent here).
ENV NODE_ENV=production BUILD_CLIENT=0
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/client/dist client/dist
COPY --from=build /app/bin bin
COPY sql sql
COPY fixtures fixtures
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# bin/server.js runs dist/server.js (no build here: no source is newer than it); `docker compose exec api npx
# cadastre …` runs dist/cli.js the same way.
CMD ["node", "bin/server.js"]
