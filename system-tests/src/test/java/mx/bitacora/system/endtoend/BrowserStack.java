package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mx.bitacora.testsupport.FreshDatabase;

/**
 * The whole platform as a person meets it, started once for every browser test of the run: a real
 * Keycloak with the repository's realm, both services on a fresh database loaded with the demo (by
 * {@code dev/LoadDemoData.java}, as a newcomer loads it), and the web application as its own
 * process from its jar (it holds none of the services' classes). Checkpoints are signed every
 * second, so integrity and reports are current within moments. Stopped when the JVM exits.
 */
public final class BrowserStack {

  private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();
  private static BrowserStack shared;

  private final RealmServer keycloak;
  private final TwoServices services;
  private final Process web;
  private final String webUrl;

  private BrowserStack(RealmServer keycloak, TwoServices services, Process web, String webUrl) {
    this.keycloak = keycloak;
    this.services = services;
    this.web = web;
    this.webUrl = webUrl;
  }

  /** The running stack, started by the first test class that asks for it. */
  public static synchronized BrowserStack shared() throws Exception {
    if (shared == null) {
      shared = start();
      BrowserStack started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return shared;
  }

  /** Where the web application answers, e.g. {@code http://localhost:41234}. */
  public String webUrl() {
    return webUrl;
  }

  /** Both services, for a test's own calls and database checks. */
  public TwoServices services() {
    return services;
  }

  /** A new browser window with no session (its own cookies): one person. */
  public Browser newBrowser() {
    return new Browser(webUrl);
  }

  private static BrowserStack start() throws Exception {
    int webPort = RealmServer.freePort();
    RealmServer keycloak = RealmServer.start(webPort);
    TwoServices services =
        TwoServices.startWithoutAgencies(
            FreshDatabase.create("browser"),
            concat(keycloak.serviceSettings(), "--bitacora.integrity.checkpoint-every=1s"));
    loadDemo(services);
    Process web =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "../web/target/web-0.1.0-SNAPSHOT-exec.jar",
                "--server.port=" + webPort,
                "--bitacora.web.query-service-url=" + services.queryServiceUrl(),
                "--bitacora.web.command-service-url=" + services.commandServiceUrl(),
                "--bitacora.web.realm.issuer=" + keycloak.issuer())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/web-" + webPort + ".log").toFile())
            .start();
    String webUrl = "http://localhost:" + webPort;
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !web.isAlive() || healthy(http, webUrl + "/actuator/health"));
    assertThat(web.isAlive())
        .as("the web application stopped: see system-tests/target/web-%d.log", webPort)
        .isTrue();
    return new BrowserStack(keycloak, services, web, webUrl);
  }

  private static void loadDemo(TwoServices services) throws Exception {
    Process loader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "dev/LoadDemoData.java",
                services.commandServiceUrl())
            .directory(REPOSITORY_ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(loader.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(loader.exitValue()).as(output).isZero();
  }

  private void stop() {
    web.destroy();
    services.close();
    keycloak.close();
  }

  private static String[] concat(String[] settings, String more) {
    String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
    all[settings.length] = more;
    return all;
  }

  private static boolean healthy(HttpClient http, String url) {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
