# solar-cadastre API + 3D client, for production behind docker compose (PostGIS server through DATABASE_URL).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Dev dependencies are kept: the server runs TypeScript through tsx and builds the client with Vite at start-up.
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build:client
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
