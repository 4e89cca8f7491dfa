package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mx.bitacora.testsupport.FreshDatabase;

/**
 * A real Keycloak for a test: the server distribution {@code dev/keycloak-home} fetches through
 * Maven, the repository's realm ({@code docker/keycloak/bitacora-realm.json}) imported into a fresh
 * database, on a free port, with the web client's addresses moved to the test's web port. Its log
 * is {@code system-tests/target/keycloak-<port>.log}.
 */
public final class RealmServer implements AutoCloseable {

  private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final String issuer;

  private RealmServer(Process process, String issuer) {
    this.process = process;
    this.issuer = issuer;
  }

  /** Starts Keycloak with the realm, its web client redirecting to {@code webPort}. */
  public static RealmServer start(int webPort) throws Exception {
    Path home = Path.of(run("bash", "dev/keycloak-home").strip());
    Path imports = Files.createDirectories(home.resolve("data/import"));
    String realm =
        Files.readString(REPOSITORY_ROOT.resolve("docker/keycloak/bitacora-realm.json"))
            .replace("http://localhost:8080/", "http://localhost:" + webPort + "/")
            .replace("http://127.0.0.1:8080/", "http://127.0.0.1:" + webPort + "/");
    Files.writeString(imports.resolve("bitacora-realm.json"), realm);
    FreshDatabase database = FreshDatabase.create("keycloak");
    int port = freePort();
    ProcessBuilder server =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + freePort(),
                "--hostname=http://localhost:" + port,
                "--db=postgres",
                "--db-url=" + database.jdbcUrl(),
                "--db-username=" + database.username(),
                "--db-password=" + database.password(),
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(
                REPOSITORY_ROOT.resolve("system-tests/target/keycloak-" + port + ".log").toFile());
    server.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // On Java 24 and later Quarkus' thread pool needs this opening (as dev/run gives it).
    server.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
    Process process = server.start();
    String issuer = "http://localhost:" + port + "/realms/bitacora";
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                !process.isAlive() || status(issuer + "/.well-known/openid-configuration") == 200);
    assertThat(process.isAlive())
        .as("Keycloak stopped: see system-tests/target/keycloak-%d.log", port)
        .isTrue();
    return new RealmServer(process, issuer);
  }

  /** The realm's issuer, as its tokens name it. */
  public String issuer() {
    return issuer;
  }

  /** The services' settings that make them accept the realm's tokens (as dev/run passes them). */
  public String[] serviceSettings() {
    return new String[] {
      "--bitacora.tokens.realm.issuer=" + issuer,
      "--bitacora.tokens.realm.jwk-set-uri=" + issuer + "/protocol/openid-connect/certs"
    };
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** A port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static String run(String... command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .directory(REPOSITORY_ROOT.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }
}
