# syntax=docker/dockerfile:1
#
# One recipe for the Bitácora services and the web application. Build from the repository root,
# naming the Maven module (command-service, query-service or web):
#
#   docker build --build-arg SERVICE=command-service --build-arg HTTP_PORT=8081 -t bitacora/command-service .
#   docker build --build-arg SERVICE=query-service   --build-arg HTTP_PORT=8082 -t bitacora/query-service .
#
# docker-compose.yml does this for you. HTTP_PORT only documents the port (EXPOSE); the service
# listens on the server.port of its own configuration. Needs BuildKit (the default builder of
# Docker 23+ and of docker compose) for the Maven cache mount.

# ---- build: compile the chosen module and the modules it depends on -------------------------
FROM eclipse-temurin:25-jdk AS build
ARG SERVICE
WORKDIR /build
COPY . .
# The cache mount keeps ~/.m2 (Maven itself, fetched by the wrapper, and all dependencies) between
# builds without putting it in any image layer.
RUN --mount=type=cache,target=/root/.m2 \
    test -f "${SERVICE}/pom.xml" \
      || { echo "Build arg SERVICE must name a Maven module: command-service, query-service or web (got '${SERVICE}')" >&2; exit 1; } \
 && ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests \
 && cp "${SERVICE}"/target/"${SERVICE}"-*-exec.jar /build/service.jar

# ---- runtime: a JRE, the executable jar, and nothing else -----------------------------------
FROM eclipse-temurin:25-jre
# Spring Boot's default; docker-compose.yml passes each service's server.port.
ARG HTTP_PORT=8080
RUN groupadd --system --gid 10001 bitacora \
 && useradd --system --uid 10001 --gid bitacora --no-create-home --shell /usr/sbin/nologin bitacora
WORKDIR /app
# Owned by root and read-only for the service user: the process cannot replace its own code.
COPY --from=build --chmod=0444 /build/service.jar /app/service.jar
# Axon's update checker would phone home from every container.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
USER 10001:10001
EXPOSE ${HTTP_PORT}
# No HEALTHCHECK here: docker-compose.yml probes /actuator/health/readiness with bash's /dev/tcp,
# because the Temurin images keep curl and wget only "for historical reasons" (adoptium/containers#255).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
