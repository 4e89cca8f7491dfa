package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's Chromium, headless, without background networking (the machine is
 * offline), driven by Selenium through Debian's ChromeDriver. Signs in on the identity provider's
 * own page, opens pages, fills and sends forms, and writes screenshots to {@code
 * system-tests/target/screenshots/} ({@code docs/screenshots/} copies them, see docs/web.md).
 */
public final class Browser implements AutoCloseable {

  /** Every demo user's password (docker/keycloak/bitacora-realm.json). */
  public static final String PASSWORD = "Bitacora-Demo-2022";

  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final String AUDIT = resource("/accessibility-audit.js");

  private final String webUrl;
  private final WebDriver driver;
  private final WebDriverWait wait;

  Browser(String webUrl) {
    this.webUrl = webUrl;
    this.driver = chromium();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** The driver itself, for what these helpers do not cover. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code path} of the web application, e.g. {@code /entregas}. */
  public void open(String path) {
    driver.get(webUrl + path);
  }

  /** On the identity provider's own login page (it must be showing), in Spanish unless switched. */
  public void signInAs(String user) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
  }

  /** Opens {@code path} and signs in as {@code user} on the way. */
  public void openSignedInAs(String path, String user) {
    open(path);
    signInAs(user);
  }

  /** Signs out here and at the identity provider; its login page shows again. */
  public void signOut() {
    driver.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** The text of the element with that id, once it is there. */
  public String text(String id) {
    return find(By.id(id)).getText();
  }

  /** The page's heading. */
  public String heading() {
    return find(By.tagName("h1")).getText();
  }

  /** Types into the field labelled by id {@code field}, replacing what it held. */
  public void fill(String field, String value) {
    WebElement input = find(By.id(field));
    input.clear();
    input.sendKeys(value);
  }

  /** Sets a date field as its picker would: what typing gives depends on the browser's locale. */
  public void setDate(String field, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", find(By.id(field)), isoDate);
  }

  /** What {@code accessibility-audit.js} finds wrong with the page: empty when nothing. */
  @SuppressWarnings("unchecked")
  public List<String> accessibilityProblems() {
    Object found = ((JavascriptExecutor) driver).executeScript(AUDIT);
    return ((List<Object>) found).stream().map(String::valueOf).toList();
  }

  /** Clicks the element with that id. */
  public void click(String id) {
    find(By.id(id)).click();
  }

  /** Waits until the page's heading reads {@code text}. */
  public void awaitHeading(String text) {
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
  }

  /** Waits until the page's address contains {@code part}. */
  public void awaitUrlContaining(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  /** Writes the whole page (up to 3,000 pixels high) as {@code <name>.png}. */
  public void screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    Object height =
        ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(window.getWidth(), Math.min(3000, ((Number) height).intValue() + 150)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("could not write the screenshot", e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** The page's source, for assertions that the page never shows something. */
  public String source() {
    return driver.getPageSource();
  }

  /** Asserts the page is the service's "not found" problem, shown as the page's alert. */
  public void assertNotFound() {
    assertThat(text("problem")).contains("NOT_FOUND");
  }

  @Override
  public void close() {
    driver.quit();
  }

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
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    return new ChromeDriver(service, options);
  }

  private static String resource(String name) {
    try (InputStream in = Browser.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }
}
