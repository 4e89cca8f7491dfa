package mx.bitacora.system.deployment;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks docker-compose.yml, the Dockerfile and docker/postgres/init.sql against each other and
 * against the services' own configuration, by reading the files: no Docker engine needed.
 */
class ComposeFileTest {

  /** Surefire runs in the module directory; the deployment files live in the repository root. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");
  private static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
  private static final Path INIT_SQL = ROOT.resolve("docker/postgres/init.sql");

  /** The same roles and schemas, idempotently and without passwords, for dev/run and the tests. */
  private static final Path DEV_ROLES_SQL = ROOT.resolve("dev/database-roles.sql");

  private static final String POSTGRES = "postgres";
  private static final String COMMAND_SERVICE = "command-service";

  /**
   * command-service's schemas the query side never reads: wrapped per-case data keys, and
   * db-scheduler's task table (Axon's deadlines), each command request's Idempotency-Key.
   */
  private static final List<String> COMMAND_ONLY_SCHEMAS =
      List.of("case_keys", "scheduling", "idempotency");

  private static final String QUERY_SERVICE = "query-service";
  private static final String AXON_SERVER = "axonserver";
  private static final String KEYCLOAK = "keycloak";
  private static final String WEB = "web";
  private static final String PROMETHEUS = "prometheus";
  private static final String GRAFANA = "grafana";
  private static final String OBSERVABILITY = "observability";
  private static final List<String> SPRING_SERVICES = List.of(COMMAND_SERVICE, QUERY_SERVICE);

  private static final int POSTGRES_PORT = 5432;
  private static final int AXON_SERVER_GRPC_PORT = 8124;

  private static final Pattern JDBC_URL =
      Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");
  private static final Pattern INTERPOLATION =
      Pattern.compile("\\$(?:\\{([^}]*)}|([A-Za-z_][A-Za-z0-9_]*))");
  private static final Pattern VARIABLE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(.*)");

  private static String composeText;
  private static Map<String, Object> compose;
  private static String initSql;
  private static String devRolesSql;

  @BeforeAll
  static void readDeploymentFiles() {
    composeText = read(COMPOSE_FILE);
    compose = asMap(yaml().load(composeText), "docker-compose.yml");
    initSql = sqlStatements(read(INIT_SQL));
    devRolesSql = sqlStatements(read(DEV_ROLES_SQL));
  }

  @Test
  void composeFile_definesPostgresKeycloakBothServicesTheWebApplicationAxonServerAndMonitoring() {
    assertThat(services().keySet())
        .as("services of docker-compose.yml")
        .containsExactlyInAnyOrder(
            POSTGRES,
            KEYCLOAK,
            COMMAND_SERVICE,
            QUERY_SERVICE,
            WEB,
            AXON_SERVER,
            PROMETHEUS,
            GRAFANA);
  }

  @Test
  void web_sendsBrowsersToTheIssuer_reachesTheRealmAndServicesInside_andWaitsForThemHealthy() {
    assertThat(String.valueOf(service(WEB).get("build"))).contains("SERVICE=web");
    Map<String, String> environment = environment(WEB);
    assertThat(environment.get("BITACORA_REALM_ISSUER"))
        .as("browsers must be sent to the issuer Keycloak names (its --hostname)")
        .isEqualTo("http://localhost:8180/realms/bitacora");
    assertThat(environment.get("BITACORA_REALM_INTERNAL_URL"))
        .isEqualTo("http://keycloak:8180/realms/bitacora");
    assertThat(environment.get("BITACORA_QUERY_SERVICE_URL"))
        .isEqualTo("http://query-service:" + serverPort(QUERY_SERVICE));
    assertThat(environment.get("BITACORA_COMMAND_SERVICE_URL"))
        .isEqualTo("http://command-service:" + serverPort(COMMAND_SERVICE));
    int port = serverPort(WEB);
    assertThat(ports(WEB)).contains(new PortMapping(String.valueOf(port), port));
    assertThat(healthcheck(WEB))
        .containsPattern("(?<![0-9])" + port + "(?![0-9])")
        .contains("/actuator/health/readiness");
    for (String needed : List.of(KEYCLOAK, COMMAND_SERVICE, QUERY_SERVICE)) {
      assertThat(dependencies(WEB).get(needed))
          .as("web must wait for %s to be healthy", needed)
          .containsEntry("condition", "service_healthy");
    }
    assertThat(read(resources(WEB).resolve("web.yml")))
        .as("web.yml must read the variables Compose sets")
        .contains("${BITACORA_REALM_ISSUER:", "${BITACORA_REALM_INTERNAL_URL:")
        .contains("${BITACORA_QUERY_SERVICE_URL:", "${BITACORA_COMMAND_SERVICE_URL:");
  }

  @Test
  void keycloak_runsThePomsRelease_importsTheRepositorysRealm_andIssuesWhatTheServicesExpect()
      throws Exception {
    String pom = read(ROOT.resolve("pom.xml"));
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
            .matcher(pom);
    assertThat(version.find()).isTrue();
    assertThat(String.valueOf(service(KEYCLOAK).get("image")))
        .as("the keycloak image must be the release dev/run and the tests run (pom.xml)")
        .isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
    assertThat(String.valueOf(service(KEYCLOAK).get("volumes")))
        .contains("./docker/keycloak/bitacora-realm.json:/opt/keycloak/data/import/");
    assertThat(Files.exists(ROOT.resolve("docker/keycloak/bitacora-realm.json"))).isTrue();
    String command = String.valueOf(service(KEYCLOAK).get("command"));
    assertThat(command).contains("--import-realm").contains("--hostname=http://localhost:8180");
    assertThat(ports(KEYCLOAK)).contains(new PortMapping("8180", 8180));
    for (String name : SPRING_SERVICES) {
      assertThat(environment(name).get("BITACORA_TOKENS_REALM_ISSUER"))
          .as("%s must expect the issuer Keycloak names (its --hostname)", name)
          .isEqualTo("http://localhost:8180/realms/bitacora");
      assertThat(environment(name).get("BITACORA_TOKENS_REALM_JWK_SET_URI"))
          .startsWith("http://keycloak:8180/realms/bitacora/");
    }
    assertThat(environment(KEYCLOAK).get("KC_DB_URL")).endsWith("/keycloak");
    assertThat(initSql).contains("CREATE DATABASE keycloak;");
  }

  @Test
  void axonServerPrometheusAndGrafana_areTheOnlyServicesBehindProfiles() {
    assertThat(profiles(AXON_SERVER))
        .as("profiles of service axonserver: it must start only with COMPOSE_PROFILES=axonserver")
        .containsExactly(AXON_SERVER);
    for (String name : List.of(PROMETHEUS, GRAFANA)) {
      assertThat(profiles(name))
          .as("service %s must start only with the observability profile", name)
          .containsExactly(OBSERVABILITY);
    }
    for (String name : List.of(POSTGRES, KEYCLOAK, COMMAND_SERVICE, QUERY_SERVICE, WEB)) {
      assertThat(profiles(name))
          .as("service %s must start in every deployment, so it must have no profiles", name)
          .isEmpty();
    }
    assertThat(String.valueOf(service(AXON_SERVER).get("image")))
        .as("the axonserver image must pin a release, not float with latest")
        .matches("axoniq/axonserver:\\d{4}\\.\\d+\\.\\d+.*");
    assertThat(String.valueOf(service(PROMETHEUS).get("image")))
        .matches("prom/prometheus:v\\d+\\.\\d+\\.\\d+");
    assertThat(String.valueOf(service(GRAFANA).get("image")))
        .matches("grafana/grafana:\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void prometheus_scrapesEachServicesPrometheusEndpointOnItsPort_andLoadsTheMountedRules() {
    Map<String, Object> config =
        asMap(
            yaml().load(read(ROOT.resolve("docker/prometheus/prometheus.yml"))), "prometheus.yml");
    Map<String, String> mounts = mounts(PROMETHEUS);
    assertThat(mounts)
        .containsEntry("./docker/prometheus/prometheus.yml", "/etc/prometheus/prometheus.yml")
        .containsEntry("./docker/prometheus/alerts.yml", "/etc/prometheus/alerts.yml");
    assertThat(asList(config.get("rule_files")).stream().map(String::valueOf))
        .containsExactly("/etc/prometheus/alerts.yml");
    for (String service : SPRING_SERVICES) {
      Map<String, Object> job =
          asList(config.get("scrape_configs")).stream()
              .map(entry -> asMap(entry, "scrape_configs[]"))
              .filter(entry -> service.equals(entry.get("job_name")))
              .findFirst()
              .orElseGet(() -> fail("prometheus.yml has no job %s", service));
      assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
      assertThat(String.valueOf(job.get("static_configs")))
          .as("prometheus must scrape %s on its server.port", service)
          .contains(service + ":" + serverPort(service));
      assertThat(
              String.valueOf(
                  property(baseConfigFile(service), "management.endpoints.web.exposure.include")))
          .as("%s.yml must expose the endpoint Prometheus scrapes", service)
          .contains("prometheus");
    }
    assertThat(dependencies(PROMETHEUS).keySet())
        .containsExactlyInAnyOrder(COMMAND_SERVICE, QUERY_SERVICE);
  }

  @Test
  void grafana_isProvisionedWithThatPrometheus_andTheRepositorysDashboards() {
    Map<String, String> mounts = mounts(GRAFANA);
    assertThat(mounts).containsEntry("./docker/grafana/provisioning", "/etc/grafana/provisioning");
    Map<String, Object> datasource =
        firstOf("docker/grafana/provisioning/datasources/prometheus.yml", "datasources");
    assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
    assertThat(ports(PROMETHEUS)).contains(new PortMapping("9090", 9090));
    Map<String, Object> provider =
        firstOf("docker/grafana/provisioning/dashboards/bitacora.yml", "providers");
    Object path = asMap(provider.get("options"), "providers[0].options").get("path");
    assertThat(mounts)
        .as("the dashboards directory must be mounted where the provider reads (%s)", path)
        .containsEntry("./docker/grafana/dashboards", String.valueOf(path));
    assertThat(environment(GRAFANA).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"))
        .isEqualTo(path + "/bitacora.json");
    assertThat(ROOT.resolve("docker/grafana/dashboards/bitacora.json")).isRegularFile();
    // The dashboard names the provisioned data source by uid (checked in ObservabilityFilesTest).
    assertThat(datasource.get("uid")).isEqualTo(ObservabilityFilesTest.DATASOURCE_UID);
  }

  @Test
  void eachService_publishesTheServerPortItsConfigurationListensOn() {
    for (String service : SPRING_SERVICES) {
      int port = serverPort(service);
      assertThat(ports(service))
          .as(
              "%s listens on server.port %d (%s.yml), so docker-compose.yml must publish %d:%d",
              service, port, service, port, port)
          .contains(new PortMapping(String.valueOf(port), port));
    }
  }

  @Test
  void eachService_healthcheckProbesReadinessOnItsServerPort() {
    for (String service : SPRING_SERVICES) {
      int port = serverPort(service);
      String probe = healthcheck(service);
      assertThat(probe)
          .as("the healthcheck of %s must probe its server.port %d: %s", service, port, probe)
          .containsPattern("(?<![0-9])" + port + "(?![0-9])");
      assertThat(probe)
          .as("the healthcheck of %s must ask the readiness probe: %s", service, probe)
          .contains("/actuator/health/readiness");
    }
  }

  @Test
  void services_connectToTheDatabaseThePostgresServiceCreates() {
    String database = environment(POSTGRES).get("POSTGRES_DB");
    assertThat(database)
        .as(
            "postgres must set POSTGRES_DB: the image creates that database and runs init.sql in it")
        .isNotBlank();
    for (String service : SPRING_SERVICES) {
      String url = environment(service).get("SPRING_DATASOURCE_URL");
      assertThat(url).as("%s must set SPRING_DATASOURCE_URL", service).isNotNull();
      Matcher jdbc = JDBC_URL.matcher(url);
      assertThat(jdbc.matches())
          .as(
              "%s: SPRING_DATASOURCE_URL '%s' is not jdbc:postgresql://host[:port]/db",
              service, url)
          .isTrue();
      assertThat(jdbc.group(1))
          .as("%s: SPRING_DATASOURCE_URL '%s' must point at the compose service", service, url)
          .isEqualTo(POSTGRES);
      String port = jdbc.group(2) == null ? String.valueOf(POSTGRES_PORT) : jdbc.group(2);
      assertThat(port)
          .as("%s: SPRING_DATASOURCE_URL '%s' must use PostgreSQL's port", service, url)
          .isEqualTo(String.valueOf(POSTGRES_PORT));
      assertThat(jdbc.group(3))
          .as(
              "%s: SPRING_DATASOURCE_URL '%s' names a database other than POSTGRES_DB '%s'",
              service, url, database)
          .isEqualTo(database);
    }
  }

  @Test
  void eachService_logsInAsARoleTheInitScriptCreatesWithTheSamePassword() {
    for (String service : SPRING_SERVICES) {
      assertLoginCreatedByTheInitScript(
          service, "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
      assertLoginCreatedByTheInitScript(service, "SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD");
    }
  }

  private static void assertLoginCreatedByTheInitScript(
      String service, String userVariable, String passwordVariable) {
    Map<String, String> passwordVariables = rolePasswordVariables();
    String role = environment(service).get(userVariable);
    assertThat(passwordVariables)
        .as(
            "%s's %s is '%s', but docker/postgres/init.sql creates only the login roles %s",
            service, userVariable, role, passwordVariables.keySet())
        .containsKey(role);
    String variable = passwordVariables.get(role);
    Map<String, String> postgres = environment(POSTGRES);
    assertThat(postgres)
        .as(
            "init.sql reads the password of %s from %s, which postgres does not set",
            role, variable)
        .containsKey(variable);
    assertThat(environment(service).get(passwordVariable))
        .as(
            "%s's %s differs from %s, the password init.sql gives %s",
            service, passwordVariable, variable, role)
        .isEqualTo(postgres.get(variable));
  }

  @Test
  void eachService_runsAsItsOwnLogin_neverAsTheOwnerItsFlywayMigratesAs() {
    Set<String> logins = new LinkedHashSet<>();
    for (String service : SPRING_SERVICES) {
      String login = environment(service).get("SPRING_DATASOURCE_USERNAME");
      assertThat(login)
          .as(
              "%s must not run as %s, the owner its Flyway migrates as: an owner can always "
                  + "UPDATE and DELETE its tables",
              service, flywayLogin(service))
          .isNotEqualTo(flywayLogin(service));
      assertThat(logins.add(login))
          .as("%s shares the login %s with another service", service, login)
          .isTrue();
    }
  }

  @Test
  void initScript_createsTheSchemasTheServicesMigrate_ownedByTheRoleEachServiceMigratesAs() {
    Map<String, String> owners = schemaOwners(initSql);
    for (String service : SPRING_SERVICES) {
      String role = flywayLogin(service);
      for (String schema : flywaySchemas(service)) {
        assertThat(owners)
            .as(
                "%s's spring.flyway.schemas names %s, but init.sql creates only %s",
                service, schema, owners.keySet())
            .containsKey(schema);
        assertThat(owners.get(schema))
            .as(
                "schema %s must belong to %s, the role %s's Flyway migrates it as",
                schema, role, service)
            .isEqualTo(role);
      }
    }
  }

  @Test
  void devRoleScript_createsTheSameRolesAndSchemaOwnersAsTheInitScript() {
    assertThat(schemaOwners(devRolesSql))
        .as("schemas and owners of dev/database-roles.sql (dev/run, tests) and init.sql (Compose)")
        .isEqualTo(schemaOwners(initSql));
    for (String role : rolePasswordVariables().keySet()) {
      assertThat(devRolesSql)
          .as("dev/database-roles.sql must create role %s, as init.sql does", role)
          .contains("'" + role + "'");
    }
  }

  @Test
  void flywayGrants_goToTheLoginsTheServicesRunAs() {
    Map<String, String> logins =
        Map.of(
            "command-role", environment(COMMAND_SERVICE).get("SPRING_DATASOURCE_USERNAME"),
            "query-role", environment(QUERY_SERVICE).get("SPRING_DATASOURCE_USERNAME"));
    for (String service : SPRING_SERVICES) {
      logins.forEach(
          (placeholder, login) ->
              assertThat(
                      property(
                          baseConfigFile(service), "spring.flyway.placeholders." + placeholder))
                  .as(
                      "%s.yml: spring.flyway.placeholders.%s names the role its afterMigrate "
                          + "callback grants to; docker-compose.yml logs in as %s",
                      service, placeholder, login)
                  .isEqualTo(login));
    }
  }

  @Test
  void initScript_letsTheQuerySideLookIntoTheEventStoreButGrantsItNoWrites() {
    String queryRole = environment(QUERY_SERVICE).get("SPRING_DATASOURCE_USERNAME");
    for (String schema : flywaySchemas(COMMAND_SERVICE)) {
      if (COMMAND_ONLY_SCHEMAS.contains(schema)) {
        continue; // never readable by the query side: see the next test
      }
      // The table grants themselves come from command-service's afterMigrate callback, once the
      // tables exist; DatabasePrivilegesTest shows what they allow and refuse.
      assertThat(initSql)
          .as("init.sql must let %s look into %s (GRANT USAGE ON SCHEMA)", queryRole, schema)
          .containsIgnoringCase("GRANT USAGE ON SCHEMA " + schema + " TO " + queryRole + ";");
    }
    assertThat(grantsNaming(queryRole, "(?:ALL|INSERT|UPDATE|DELETE|TRUNCATE|CREATE)\\b[^;]*"))
        .as("init.sql must grant %s nothing beyond USAGE and CONNECT", queryRole)
        .isEmpty();
  }

  @Test
  void initScript_givesTheQuerySideNoAccessToTheCaseKeysOrTheScheduler() {
    String queryRole = environment(QUERY_SERVICE).get("SPRING_DATASOURCE_USERNAME");
    assertThat(flywaySchemas(COMMAND_SERVICE)).containsAll(COMMAND_ONLY_SCHEMAS);
    for (String schema : COMMAND_ONLY_SCHEMAS) {
      assertThat(grantsNaming(queryRole, "[^;]*\\b" + schema + "\\b[^;]*"))
          .as("init.sql must grant %s nothing on %s", queryRole, schema)
          .isEmpty();
    }
  }

  /** init.sql's GRANT and ALTER DEFAULT PRIVILEGES statements matching {@code what} to a role. */
  private static List<String> grantsNaming(String role, String what) {
    Matcher grant =
        Pattern.compile(
                "(?i)\\b(?:GRANT|ALTER DEFAULT PRIVILEGES)\\s+"
                    + what
                    + "\\bTO\\b[^;]*\\b"
                    + role
                    + "\\b[^;]*;")
            .matcher(initSql);
    List<String> grants = new ArrayList<>();
    while (grant.find()) {
      grants.add(grant.group());
    }
    return grants;
  }

  @Test
  void initScript_isMountedWhereThePostgresImageRunsIt() {
    List<String> mounts =
        asList(service(POSTGRES).get("volumes")).stream().map(String::valueOf).toList();
    assertThat(mounts)
        .as(
            "postgres must mount ./docker/postgres/init.sql into /docker-entrypoint-initdb.d/, "
                + "where the image runs it on an empty volume")
        .anyMatch(
            mount -> {
              String[] parts = mount.split(":");
              return parts.length >= 2
                  && ROOT.resolve(parts[0]).normalize().equals(INIT_SQL)
                  && parts[1].startsWith("/docker-entrypoint-initdb.d/");
            });
  }

  @Test
  void springProfiles_includeDevAndFollowComposeProfiles() {
    for (String service : SPRING_SERVICES) {
      String active = environment(service).get("SPRING_PROFILES_ACTIVE");
      assertThat(active).as("%s must set SPRING_PROFILES_ACTIVE", service).isNotNull();
      List<String> profiles = Arrays.stream(active.split(",")).map(String::strip).toList();
      assertThat(profiles)
          .as(
              "%s: SPRING_PROFILES_ACTIVE '%s' must hold dev (dev tokens are accepted) and "
                  + "${COMPOSE_PROFILES:-jdbc} (COMPOSE_PROFILES=axonserver switches the event store)",
              service, active)
          .contains("dev", "${COMPOSE_PROFILES:-jdbc}");
    }
  }

  @Test
  void everySpringProfileTheComposeFileActivates_isConfiguredInEachService() {
    Set<String> composeProfiles = new LinkedHashSet<>();
    services().keySet().forEach(name -> composeProfiles.addAll(profiles(name)));
    assertThat(composeProfiles).as("compose profiles of docker-compose.yml").contains(AXON_SERVER);
    for (String service : SPRING_SERVICES) {
      for (String profile : composeProfiles) {
        Path file = profileConfigFile(service, profile);
        assertThat(file)
            .as(
                "COMPOSE_PROFILES=%s activates Spring profile %s in %s, but %s does not exist",
                profile, profile, service, ROOT.relativize(file))
            .isRegularFile();
      }
      assertThat(hasProfileConfiguration(service, "dev"))
          .as(
              "SPRING_PROFILES_ACTIVE holds dev, but %s has neither %s-dev.yml nor a dev document "
                  + "in %s.yml",
              service, service, service)
          .isTrue();
    }
  }

  @Test
  void axonServerAddress_namesTheAxonServerServiceAndItsGrpcPort() {
    String expected = AXON_SERVER + ":" + AXON_SERVER_GRPC_PORT;
    assertThat(ports(AXON_SERVER))
        .as("axonserver must publish its gRPC port %d", AXON_SERVER_GRPC_PORT)
        .extracting(PortMapping::target)
        .contains(AXON_SERVER_GRPC_PORT);
    for (String service : SPRING_SERVICES) {
      assertThat(environment(service).get("AXONSERVER_SERVERS"))
          .as("%s: AXONSERVER_SERVERS must be the axonserver service's gRPC address", service)
          .isEqualTo(expected);
      Object servers = property(profileConfigFile(service, AXON_SERVER), "axon.axonserver.servers");
      assertThat(String.valueOf(servers))
          .as(
              "%s-axonserver.yml must read axon.axonserver.servers from ${AXONSERVER_SERVERS...}, "
                  + "the variable docker-compose.yml sets (it reads '%s')",
              service, servers)
          .contains("${AXONSERVER_SERVERS");
    }
  }

  @Test
  void everyDependency_isAServiceThatCanSatisfyIt() {
    for (String name : services().keySet()) {
      for (Map.Entry<String, Map<String, Object>> dependency : dependencies(name).entrySet()) {
        String target = dependency.getKey();
        Map<String, Object> edge = dependency.getValue();
        assertThat(services().keySet())
            .as("%s depends on %s, which docker-compose.yml does not define", name, target)
            .contains(target);
        if ("service_healthy".equals(edge.get("condition"))) {
          assertThat(service(target))
              .as("%s waits for %s to be healthy, but %s has no healthcheck", name, target, target)
              .containsKey("healthcheck");
        }
        List<String> targetProfiles = profiles(target);
        boolean alwaysTogether =
            targetProfiles.isEmpty() || profiles(name).stream().anyMatch(targetProfiles::contains);
        if (!alwaysTogether) {
          assertThat(edge.get("required"))
              .as(
                  "%s depends on %s, which starts only under profiles %s: without required: false "
                      + "compose refuses to start %s when that profile is off",
                  name, target, targetProfiles, name)
              .isEqualTo(false);
        }
      }
    }
  }

  @Test
  void queryService_startsOnceCommandServiceHasMigratedTheEventStore() {
    Map<String, Object> edge = dependencies(QUERY_SERVICE).get(COMMAND_SERVICE);
    assertThat(edge == null ? null : edge.get("condition"))
        .as(
            "query-service reads the event_store tables that command-service's Flyway creates, so "
                + "it must wait for command-service to be healthy (depends_on: %s)",
            edge)
        .isEqualTo("service_healthy");
  }

  @Test
  void dockerBuilds_nameRealMavenModulesAndTheirPorts() {
    String dockerfile = read(DOCKERFILE);
    for (String arg : List.of("SERVICE", "HTTP_PORT")) {
      assertThat(dockerfile)
          .as("Dockerfile must declare ARG %s", arg)
          .containsPattern("(?m)^ARG " + arg + "\\b");
    }
    String parentPom = read(ROOT.resolve("pom.xml"));
    for (String service : SPRING_SERVICES) {
      Map<String, Object> build = asMap(service(service).get("build"), service + ".build");
      Path context = ROOT.resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
      assertThat(context)
          .as("%s must build from the repository root, where mvnw and the parent pom are", service)
          .isEqualTo(ROOT);
      assertThat(context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))))
          .as("%s: build.dockerfile must be the repository's Dockerfile", service)
          .isEqualTo(DOCKERFILE);
      Map<String, String> args = keyValues(build.get("args"), service + ".build.args");
      String module = args.get("SERVICE");
      assertThat(module)
          .as("compose service %s must build the module of the same name", service)
          .isEqualTo(service);
      assertThat(ROOT.resolve(module).resolve("pom.xml"))
          .as("%s: build arg SERVICE=%s must name a directory with a pom.xml", service, module)
          .isRegularFile();
      assertThat(parentPom)
          .as("build arg SERVICE=%s is not a <module> of the parent pom", module)
          .contains("<module>" + module + "</module>");
      assertThat(args.get("HTTP_PORT"))
          .as("%s: build arg HTTP_PORT (the image's EXPOSE) must be its server.port", service)
          .isEqualTo(String.valueOf(serverPort(service)));
    }
  }

  @Test
  void everyInterpolatedVariable_hasADefaultOrIsDocumented() {
    String comments =
        composeText.lines().filter(line -> line.strip().startsWith("#")).collect(joining("\n"));
    List<String> unexplained = new ArrayList<>();
    // "$$" is compose's escape for a literal dollar sign: not an interpolation.
    Matcher interpolation = INTERPOLATION.matcher(composeText.replace("$$", ""));
    int found = 0;
    while (interpolation.find()) {
      found++;
      String expression =
          interpolation.group(1) != null ? interpolation.group(1) : interpolation.group(2);
      Matcher variable = VARIABLE.matcher(expression);
      assertThat(variable.matches())
          .as("docker-compose.yml: '%s' is not a valid interpolation", interpolation.group())
          .isTrue();
      String modifier = variable.group(2);
      boolean hasDefault = modifier.startsWith(":-") || modifier.startsWith("-");
      boolean failsWithMessage = modifier.startsWith(":?") || modifier.startsWith("?");
      boolean documented =
          Pattern.compile("\\b" + variable.group(1) + "\\b").matcher(comments).find();
      if (!hasDefault && !failsWithMessage && !documented) {
        unexplained.add(interpolation.group());
      }
    }
    assertThat(found).as("interpolations found in docker-compose.yml").isPositive();
    assertThat(unexplained)
        .as("variables in docker-compose.yml with neither a default (${VAR:-value}) nor a comment")
        .isEmpty();
  }

  /**
   * One published port: the host side as written (may be a range or empty) and the container one.
   */
  private record PortMapping(String published, int target) {}

  // ---- docker-compose.yml ----------------------------------------------------------------------

  private static Map<String, Object> services() {
    return asMap(compose.get("services"), "services");
  }

  private static Map<String, Object> service(String name) {
    Object service = services().get(name);
    if (service == null) {
      return fail("docker-compose.yml has no service %s", name);
    }
    return asMap(service, "services." + name);
  }

  private static List<String> profiles(String name) {
    return asList(service(name).get("profiles")).stream().map(String::valueOf).toList();
  }

  private static Map<String, String> environment(String name) {
    return keyValues(service(name).get("environment"), name + ".environment");
  }

  private static List<PortMapping> ports(String name) {
    List<PortMapping> ports = new ArrayList<>();
    for (Object port : asList(service(name).get("ports"))) {
      if (port instanceof Map<?, ?> longSyntax) {
        ports.add(
            new PortMapping(
                String.valueOf(longSyntax.get("published")),
                Integer.parseInt(String.valueOf(longSyntax.get("target")))));
      } else {
        // Short syntax: [[ip:]published:]target[/protocol]
        String[] parts = String.valueOf(port).replaceFirst("/\\w+$", "").split(":");
        String published = parts.length >= 2 ? parts[parts.length - 2] : "";
        ports.add(new PortMapping(published, Integer.parseInt(parts[parts.length - 1])));
      }
    }
    return ports;
  }

  private static String healthcheck(String name) {
    Object healthcheck = service(name).get("healthcheck");
    if (healthcheck == null) {
      return fail("service %s has no healthcheck", name);
    }
    Object test = asMap(healthcheck, name + ".healthcheck").get("test");
    return test instanceof List<?> command
        ? command.stream().map(String::valueOf).collect(joining(" "))
        : String.valueOf(test);
  }

  /** The first entry of the list under {@code key} in the YAML file {@code path}. */
  private static Map<String, Object> firstOf(String path, String key) {
    Map<String, Object> file = asMap(yaml().load(read(ROOT.resolve(path))), path);
    List<?> entries = asList(file.get(key));
    assertThat(entries).as("%s: %s", path, key).isNotEmpty();
    return asMap(entries.get(0), path + ": " + key + "[0]");
  }

  /** A service's bind mounts, as host path to container path (a trailing :ro left out). */
  private static Map<String, String> mounts(String name) {
    Map<String, String> mounts = new LinkedHashMap<>();
    for (Object volume : asList(service(name).get("volumes"))) {
      String[] parts = String.valueOf(volume).split(":");
      if (parts.length >= 2 && parts[0].startsWith(".")) {
        mounts.put(parts[0], parts[1]);
      }
    }
    return mounts;
  }

  /** depends_on in either syntax, as target service to its settings (condition, required...). */
  private static Map<String, Map<String, Object>> dependencies(String name) {
    Object dependsOn = service(name).get("depends_on");
    Map<String, Map<String, Object>> dependencies = new LinkedHashMap<>();
    if (dependsOn instanceof Map<?, ?> longSyntax) {
      longSyntax.forEach(
          (target, settings) ->
              dependencies.put(
                  String.valueOf(target),
                  settings == null ? Map.of() : asMap(settings, name + ".depends_on." + target)));
    } else {
      asList(dependsOn).forEach(target -> dependencies.put(String.valueOf(target), Map.of()));
    }
    return dependencies;
  }

  // ---- the services' Spring configuration ------------------------------------------------------

  private static Path resources(String service) {
    return ROOT.resolve(service).resolve("src/main/resources");
  }

  private static Path baseConfigFile(String service) {
    return resources(service).resolve(service + ".yml");
  }

  private static Path profileConfigFile(String service, String profile) {
    return resources(service).resolve(service + "-" + profile + ".yml");
  }

  private static int serverPort(String service) {
    Object port = property(baseConfigFile(service), "server.port");
    if (port == null) {
      return fail("%s does not set server.port", ROOT.relativize(baseConfigFile(service)));
    }
    return Integer.parseInt(String.valueOf(port));
  }

  private static List<String> flywaySchemas(String service) {
    Object schemas = property(baseConfigFile(service), "spring.flyway.schemas");
    if (schemas == null) {
      return fail(
          "%s does not set spring.flyway.schemas", ROOT.relativize(baseConfigFile(service)));
    }
    List<String> names =
        schemas instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : Arrays.stream(String.valueOf(schemas).split(",")).map(String::strip).toList();
    return names.stream().filter(name -> !name.isEmpty()).toList();
  }

  /** The role a service's Flyway logs in as: SPRING_FLYWAY_USER, else its datasource login. */
  private static String flywayLogin(String service) {
    Map<String, String> environment = environment(service);
    String user = environment.get("SPRING_FLYWAY_USER");
    return user != null ? user : environment.get("SPRING_DATASOURCE_USERNAME");
  }

  private static boolean hasProfileConfiguration(String service, String profile) {
    if (Files.isRegularFile(profileConfigFile(service, profile))) {
      return true;
    }
    return documents(baseConfigFile(service)).stream()
        .anyMatch(
            document ->
                String.valueOf(path(document, "spring.config.activate.on-profile"))
                    .contains(profile));
  }

  /** A dotted property of a Spring YAML file, ignoring documents that apply only to a profile. */
  private static Object property(Path file, String dottedName) {
    Object value = null;
    for (Map<String, Object> document : documents(file)) {
      if (path(document, "spring.config.activate.on-profile") == null) {
        Object found = path(document, dottedName);
        value = found != null ? found : value;
      }
    }
    return value;
  }

  private static List<Map<String, Object>> documents(Path file) {
    String text = read(file);
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml().loadAll(text)) {
      if (document != null) {
        documents.add(asMap(document, ROOT.relativize(file).toString()));
      }
    }
    return documents;
  }

  /** Follows a dotted name through nested maps; also accepts keys that are themselves dotted. */
  private static Object path(Map<String, Object> map, String dottedName) {
    if (map.containsKey(dottedName)) {
      return map.get(dottedName);
    }
    int dot = dottedName.indexOf('.');
    while (dot > 0) {
      Object child = map.get(dottedName.substring(0, dot));
      if (child instanceof Map<?, ?>) {
        Object found = path(asMap(child, dottedName), dottedName.substring(dot + 1));
        if (found != null) {
          return found;
        }
      }
      dot = dottedName.indexOf('.', dot + 1);
    }
    return null;
  }

  // ---- docker/postgres/init.sql ----------------------------------------------------------------

  /** The script without comments, whitespace collapsed, so statements match on one line. */
  private static String sqlStatements(String script) {
    return script
        .lines()
        .map(line -> line.replaceFirst("--.*$", ""))
        .collect(joining(" "))
        .replaceAll("\\s+", " ");
  }

  /** Login role to the environment variable init.sql reads its password from (psql \getenv). */
  private static Map<String, String> rolePasswordVariables() {
    Map<String, String> psqlVariables = new LinkedHashMap<>();
    Matcher getenv = Pattern.compile("\\\\getenv (\\w+) (\\w+)").matcher(initSql);
    while (getenv.find()) {
      psqlVariables.put(getenv.group(1), getenv.group(2));
    }
    Map<String, String> roles = new LinkedHashMap<>();
    Matcher role =
        Pattern.compile("(?i)CREATE ROLE (\\w+) [^;]*\\bLOGIN\\b[^;]*PASSWORD :'(\\w+)'")
            .matcher(initSql);
    while (role.find()) {
      roles.put(role.group(1), psqlVariables.get(role.group(2)));
    }
    return roles;
  }

  /** Schema to its owner, from CREATE SCHEMA ... AUTHORIZATION. */
  private static Map<String, String> schemaOwners(String script) {
    Map<String, String> owners = new LinkedHashMap<>();
    Matcher schema =
        Pattern.compile("(?i)CREATE SCHEMA (?:IF NOT EXISTS )?(\\w+) AUTHORIZATION (\\w+)")
            .matcher(script);
    while (schema.find()) {
      owners.put(schema.group(1), schema.group(2));
    }
    return owners;
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      return fail("%s does not exist", ROOT.relativize(file));
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String what) {
    if (!(value instanceof Map<?, ?>)) {
      return fail("%s should be a mapping but is %s", what, value);
    }
    return (Map<String, Object>) value;
  }

  private static List<?> asList(Object value) {
    return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
  }

  /** A compose mapping that may also be written as a list of KEY=value strings. */
  private static Map<String, String> keyValues(Object value, String what) {
    Map<String, String> result = new LinkedHashMap<>();
    if (value instanceof List<?> list) {
      for (Object entry : list) {
        String[] pair = String.valueOf(entry).split("=", 2);
        result.put(pair[0], pair.length == 2 ? pair[1] : null);
      }
    } else if (value != null) {
      asMap(value, what)
          .forEach((key, item) -> result.put(key, item == null ? null : String.valueOf(item)));
    }
    return result;
  }
}
