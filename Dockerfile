# podlint admission webhook image: `podlint serve` as a non-root user on a distroless Node.js 20 base.
#   docker build -t ghcr.io/podlint/podlint:0.1.0 .
#   docker run --rm -p 8443:8443 -v "$PWD/certs:/etc/podlint/tls:ro" ghcr.io/podlint/podlint:0.1.0 \
#     serve --tls-cert /etc/podlint/tls/tls.crt --tls-key /etc/podlint/tls/tls.key
# The bundle in dist/ holds every dependency, so the runtime image needs no node_modules.

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12:nonroot
LABEL org.opencontainers.image.title="podlint" \
      org.opencontainers.image.description="Kubernetes Pod spec linter and validating admission webhook" \
      org.opencontainers.image.source="https://github.com/podlint/podlint" \
      org.opencontainers.image.licenses="Apache-2.0"
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist ./dist
ENV NODE_ENV=production
# The distroless "nonroot" user (uid/gid 65532), numeric so runAsNonRoot can verify it.
USER 65532:65532
EXPOSE 8443 9090
# The base image's entrypoint is node; these are its arguments.
ENTRYPOINT ["/nodejs/bin/node", "/app/dist/cli.js"]
CMD ["serve", "--tls-cert", "/etc/podlint/tls/tls.crt", "--tls-key", "/etc/podlint/tls/tls.key", "--port", "8443", "--probe-port", "9090"]
