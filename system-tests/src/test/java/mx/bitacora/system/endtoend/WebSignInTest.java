package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's Chromium, headless, driven by Selenium): opens the web
 * application, signs in on the identity provider's own login page (Spanish) as DIF staff, sees
 * their agency's page with the delivery it receives, switches to English, signs out and is asked to
 * sign in again; a prosecutor's office user signed in next sees their own agency, not DIF's
 * delivery. Screenshots of the pages go to {@code system-tests/target/screenshots/}.
 */
class WebSignInTest {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final String PASSWORD = "Bitacora-Demo-2022";

  private static RealmServer keycloak;
  private static TwoServices services;
  private static Process web;
  private static String webUrl;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    int webPort = RealmServer.freePort();
    keycloak = RealmServer.start(webPort);
    services = TwoServices.start(FreshDatabase.create("web_sign_in"), keycloak.serviceSettings());
    DeliverySliceTest.registerCatCancun(services);
    HttpResponse<String> planned =
        services.post(
            "/deliveries",
            DeliverySliceTest.plan(UUID.randomUUID()),
            DevTokens.mint("unodc-staff-1", "unodc-mexico", "AGENCY_STAFF"));
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    // Its own process, as deployed: its jar holds none of the services' classes.
    web =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "../web/target/web-0.1.0-SNAPSHOT-exec.jar",
                "--server.port=" + webPort,
                "--bitacora.web.query-service-url=" + services.queryServiceUrl(),
                "--spring.security.oauth2.client.provider.keycloak.issuer-uri=" + keycloak.issuer())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/web-" + webPort + ".log").toFile())
            .start();
    webUrl = "http://localhost:" + webPort;
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !web.isAlive() || healthy(http, webUrl + "/actuator/health"));
    assertThat(web.isAlive()).as("the web application stopped: see its log").isTrue();
    browser = chromium();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.destroy();
    }
    if (services != null) {
      services.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void difStaff_signInInSpanish_seeTheirAgency_switchToEnglish_signOut_andAnotherAgencySeesItsOwn()
      throws Exception {
    browser.get(webUrl + "/mi-dependencia");
    signIn("dif-staff-1");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.urlContains("/mi-dependencia"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mi dependencia");
    assertThat(browser.findElement(By.id("signed-in-agency")).getText())
        .isEqualTo("Dependencia: dif-benito-juarez");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              browser.navigate().refresh();
              return received(browser.findElement(By.id("totals")).getText(), "Entregas recibidas");
            });
    screenshot("mi-dependencia");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My agency"));
    assertThat(browser.findElement(By.id("totals")).getText()).contains("Deliveries received 1");
    assertThat(browser.findElement(By.id("signed-in-agency")).getText())
        .isEqualTo("Agency: dif-benito-juarez");
    browser.findElement(By.linkText("Español")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mi dependencia"));

    // Signed out here and at the identity provider: the start page asks for credentials again.
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertThat(browser.getCurrentUrl()).contains("/realms/bitacora/");

    signIn("fiscalia-staff-1");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Bienvenida a Bitácora"));
    assertThat(browser.getCurrentUrl()).startsWith(webUrl + "/");
    screenshot("inicio");
    browser.findElement(By.linkText("Mi dependencia")).click();
    wait.until(ExpectedConditions.urlContains("/mi-dependencia"));
    assertThat(browser.findElement(By.id("signed-in-agency")).getText())
        .isEqualTo("Dependencia: fiscalia-quintana-roo");
    assertThat(browser.findElement(By.id("totals")).getText()).contains("Entregas recibidas 0");
  }

  /** On the identity provider's own login page, in Spanish. */
  private static void signIn(String user) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertThat(browser.getPageSource()).contains("Iniciar sesión");
    screenshot("inicio-de-sesion");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("kc-login")).click();
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

  private static boolean received(String totals, String label) {
    return totals.contains(label + " 1");
  }

  private static void screenshot(String name) {
    try {
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not write the screenshot", e);
    }
  }

  /** Debian's Chromium, headless, without background networking (the machine is offline). */
  private static WebDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=es-MX");
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    return new ChromeDriver(driver, options);
  }
}
