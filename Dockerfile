# syntax=docker/dockerfile:1.7
# One image recipe for every app of the platform. Pick the app with the MODULE build argument:
#
#   docker build --build-arg MODULE=cashflow-service -t merchant-analysis/cashflow-service:1.0.0 .
#
# deploy/docker-compose.prod.yml builds all five this way. Stages:
#   jdk      the JDK plus curl and unzip for the Maven wrapper
#   build    compiles MODULE (and common) with the Maven wrapper, tests skipped (CI runs them)
#   agent    fetches the OpenTelemetry Java agent from Maven Central (checksums checked by Maven)
#   layers   splits the runnable -exec jar into Spring Boot's layers
#   runtime  a JRE, a non-root user, the layers in order of how often they change, the agent

ARG TEMURIN_VERSION=17.0.15_6

# The Maven wrapper downloads Maven with curl and unpacks it with unzip.
FROM eclipse-temurin:${TEMURIN_VERSION}-jdk-jammy AS jdk
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

FROM eclipse-temurin:${TEMURIN_VERSION}-jre-jammy AS layers
WORKDIR /layers
COPY --from=build /application.jar application.jar
# The -exec jar is the Spring Boot one (layers.idx inside); the plain jar would fail here.
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:${TEMURIN_VERSION}-jre-jammy AS runtime
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
COPY --from=agent /otel/opentelemetry-javaagent.jar /opt/otel/opentelemetry-javaagent.jar
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
