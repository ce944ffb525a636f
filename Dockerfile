# One image recipe for every app of the platform. Pick the app with the MODULE build argument:
#
#   DOCKER_BUILDKIT=1 docker build --build-arg MODULE=cashflow-service -t merchant-analysis/cashflow-service:1.0.0 .
#
# BuildKit is required (RUN --mount for the Maven cache, COPY --chmod). Docker 23+ and Compose v2 use
# it by default; Docker 20.10-22.x and docker-compose 1.29 need DOCKER_BUILDKIT=1 (deploy/up.sh sets
# it). The classic builder stops with "the --mount option requires BuildKit". There is no
# `# syntax=` line: BuildKit's built-in Dockerfile frontend (Docker 20.10+) has all this file uses, so a
# build does not fetch a frontend image from Docker Hub.
#
# deploy/docker-compose.prod.yml builds all five this way. Stages:
#   jdk      the JDK plus curl and unzip for the Maven wrapper
#   build    compiles MODULE (and common) with the Maven wrapper, tests skipped (CI runs them)
#   agent    fetches the OpenTelemetry Java agent from Maven Central (checksums checked by Maven)
#   prebuilt the jar and the agent taken from the build context instead (JAR_STAGE/AGENT_STAGE=prebuilt)
#   layers   splits the runnable -exec jar into Spring Boot's layers
#   runtime  a JRE, a non-root user, the layers in order of how often they change, the agent
#
# Without network access (deploy/smoke/compose-smoke.sh): JRE_IMAGE names a local JRE image, and with
# JAR_STAGE=prebuilt AGENT_STAGE=prebuilt the context holds prebuilt/<MODULE>.jar (the -exec jar) and
# prebuilt/opentelemetry-javaagent.jar; BuildKit then skips the Maven stages.

ARG TEMURIN_VERSION=17.0.15_6
ARG JDK_IMAGE=eclipse-temurin:${TEMURIN_VERSION}-jdk-jammy
ARG JRE_IMAGE=eclipse-temurin:${TEMURIN_VERSION}-jre-jammy
ARG JAR_STAGE=build
ARG AGENT_STAGE=agent

# The Maven wrapper downloads Maven with curl and unpacks it with unzip.
FROM ${JDK_IMAGE} AS jdk
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

FROM jdk AS build
ARG MODULE
RUN test -n "$MODULE" || { echo "build with --build-arg MODULE=<api-gateway|data-simulator|cashflow-service|cost-analyzer|compliance-checker>" >&2; exit 1; }
# The whole reactor (Maven reads every module's pom), minus what .dockerignore leaves out.
COPY . .
# -am builds MODULE and what it depends on (common); the cache mount keeps ~/.m2 between builds.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -pl "${MODULE}" -am -DskipTests package \
 && cp "${MODULE}"/target/"${MODULE}"-*-exec.jar /application.jar

FROM jdk AS agent
# Change the version here (or with --build-arg); Maven checks the download against Central's checksums.
ARG OTEL_AGENT_VERSION=2.33.1
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -N dependency:copy \
      -Dartifact="io.opentelemetry.javaagent:opentelemetry-javaagent:${OTEL_AGENT_VERSION}" \
      -DoutputDirectory=/otel \
 && mv "/otel/opentelemetry-javaagent-${OTEL_AGENT_VERSION}.jar" /otel/opentelemetry-javaagent.jar

FROM scratch AS prebuilt
ARG MODULE
COPY prebuilt/${MODULE}.jar /application.jar
COPY prebuilt/opentelemetry-javaagent.jar /otel/opentelemetry-javaagent.jar

FROM ${JAR_STAGE} AS jar
FROM ${AGENT_STAGE} AS otel

FROM ${JRE_IMAGE} AS layers
WORKDIR /layers
COPY --from=jar /application.jar application.jar
# The -exec jar is the Spring Boot one (layers.idx inside); the plain jar would fail here.
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM ${JRE_IMAGE} AS runtime
ARG MODULE
LABEL org.opencontainers.image.title="merchant-analysis ${MODULE}" \
      org.opencontainers.image.source="https://github.com/your-org/merchant-analysis"
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last layer.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
COPY --from=otel /otel/opentelemetry-javaagent.jar /opt/otel/opentelemetry-javaagent.jar
COPY --chmod=0755 deploy/healthcheck.sh /usr/local/bin/healthcheck
USER 10001:10001

# Heap sized from the container's memory limit, leaving a quarter for metaspace, threads, buffers and
# the agent. The agent exports traces over OTLP (compose sets OTEL_EXPORTER_OTLP_ENDPOINT); metrics stay
# with Prometheus, logs with stdout -> ELK. It also puts trace_id/span_id into each log event's MDC,
# which the docker profile's JSON encoder writes out (common/src/main/resources/logback-spring.xml).
# APP_MODULE tells the health check which port to ask (the gateway's management port or the service's).
ENV APP_MODULE=${MODULE} \
    SPRING_PROFILES_ACTIVE=docker \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -javaagent:/opt/otel/opentelemetry-javaagent.jar" \
    OTEL_TRACES_EXPORTER=otlp \
    OTEL_METRICS_EXPORTER=none \
    OTEL_LOGS_EXPORTER=none \
    OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
    OTEL_PROPAGATORS=tracecontext,baggage

# Readiness, not liveness: "healthy" means it can take traffic (MongoDB reachable), which is what
# depends_on: condition: service_healthy waits for.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=4 CMD ["healthcheck"]
# SIGTERM reaches Java directly (exec form), so the 20 s graceful shutdown runs.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
