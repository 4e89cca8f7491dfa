package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A commission auditor in a real browser: sees the commission overview with the demo's figures (a
 * chart drawn beside its table), groups it by state, downloads its CSV with their session, and
 * reads the access log with a break-glass read of their own, whose review the service refuses them
 * (another auditor must review it). Agency staff opening the overview are shown the service's
 * refusal and none of its figures; on the access log they are offered no review.
 */
class AuditorPagesTest {

  /** The demo's referral from the prosecutor's office to DIF (dev/LoadDemoData.java). */
  private static final String REFERRAL_QROO = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100101";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static BrowserStack stack;
  private static Browser auditor;
  private static Browser staff;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    auditor = stack.newBrowser();
    staff = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    for (Browser browser : new Browser[] {auditor, staff}) {
      if (browser != null) {
        browser.close();
      }
    }
  }

  @Test
  void auditor_seesTheOverview_groupsItByState_downloadsItsCsv_andReadsTheAccessLog()
      throws Exception {
    auditor.open("/panorama");
    auditor.find(By.id("kc-login"));
    String realm = realmOf(auditor.driver().getCurrentUrl());
    auditor.signInAs("auditor-1");
    auditor.awaitHeading("Panorama de la Comisión");

    assertThat(auditor.text("groups")).contains("DIF BJ", "UNODC");
    // October 2022, the demo's month: DIF's CAT acknowledged its delivery, UNODC trained three.
    auditor.open("/panorama?from=2022-10&to=2022-10");
    auditor.awaitHeading("Panorama de la Comisión");
    assertThat(figure("DIF BJ", 1)).isGreaterThanOrEqualTo(1);
    assertThat(figure("UNODC", 3)).isGreaterThanOrEqualTo(3);
    WebElement chart = auditor.find(By.id("chart-deliveries"));
    assertThat(chart.getAttribute("data-labels")).contains("DIF BJ");
    // ECharts drew it: a canvas inside the element.
    new WebDriverWait(auditor.driver(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfNestedElementLocatedBy(
                By.id("chart-deliveries"), By.tagName("canvas")));
    assertThat(auditor.text("network")).contains("Entregas acusadas");
    scrollTo(auditor, "groups-heading");
    auditor.screenshot("panorama");

    auditor.driver().findElement(By.linkText("English")).click();
    auditor.awaitHeading("Commission overview");
    assertThat(auditor.text("groups-heading")).isEqualTo("By agency");
    auditor.driver().findElement(By.linkText("Español")).click();
    auditor.awaitHeading("Panorama de la Comisión");

    new Select(auditor.find(By.id("groupBy"))).selectByValue("STATE");
    auditor.click("show");
    auditor.awaitUrlContaining("groupBy=STATE");
    assertThat(auditor.text("groups-heading")).isEqualTo("Por entidad federativa");
    assertThat(auditor.text("groups")).contains("Quintana Roo", "Sin entidad");

    String csvLink = auditor.find(By.id("export-csv")).getAttribute("href");
    assertThat(csvLink).contains("groupBy=STATE");
    @SuppressWarnings("unchecked")
    Map<String, Object> download =
        (Map<String, Object>)
            ((JavascriptExecutor) auditor.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), body: t})));",
                    csvLink);
    assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
    assertThat((String) download.get("type")).startsWith("text/csv");
    assertThat(((String) download.get("body")).lines().findFirst())
        .hasValue("grupo,cifra,descripción,valor");
    assertThat((String) download.get("body"))
        .contains("network,deliveriesAcknowledged,Entregas con acuse de recibo,");

    // A break-glass read of a referral outside the commission's scope, by this same auditor.
    String reason = "Queja " + UUID.randomUUID();
    HttpResponse<String> read =
        stack
            .services()
            .query(
                "/referrals/" + REFERRAL_QROO,
                token(realm, "auditor-1"),
                "X-Break-Glass-Reason",
                reason);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

    auditor.open("/accesos?status=UNREVIEWED");
    auditor.awaitHeading("Registro de accesos");
    WebElement row =
        auditor.find(By.xpath("//table[@id='reads']//tr[td[contains(., '" + reason + "')]]"));
    // The reader as the access log names them: their user id, for SEGOB.
    assertThat(row.getText()).contains("(segob)", "QROO-2022-0147", "Sin revisar");
    assertThat(auditor.text("entries")).contains("De emergencia: " + reason);
    scrollTo(auditor, "reads");
    auditor.screenshot("accesos");

    // The reader may not review their own read: the service's refusal, beside the read.
    String position = row.getAttribute("id").substring("read-".length());
    auditor.click("justified-" + position);
    String refusal = auditor.text("review-error-" + position);
    assertThat(refusal).isNotBlank();
    assertThat(auditor.text("problem")).contains("OWN_BREAK_GLASS_READ");
    assertThat(auditor.find(By.id("read-" + position)).getText()).contains("Sin revisar");
  }

  @Test
  void agencyStaff_areShownTheRefusal_andNothingOfTheFigures() {
    staff.openSignedInAs("/panorama", "dif-staff-1");
    staff.awaitHeading("Panorama de la Comisión");
    assertThat(staff.text("problem")).contains("FORBIDDEN");
    assertThat(staff.driver().findElements(By.id("groups"))).isEmpty();
    assertThat(staff.driver().findElements(By.cssSelector("[data-chart]"))).isEmpty();
    assertThat(staff.driver().findElements(By.id("export-csv"))).isEmpty();

    // The access log answers staff about their own agency's cases; reviewing is the commission's.
    staff.open("/accesos");
    staff.awaitHeading("Registro de accesos");
    assertThat(staff.driver().findElements(By.cssSelector("form.review"))).isEmpty();
  }

  /** The {@code column}th figure of the overview's row for {@code group}. */
  private static long figure(String group, int column) {
    return Long.parseLong(
        auditor
            .find(
                By.xpath(
                    "//table[@id='groups']//tr[th[contains(., '"
                        + group
                        + "')]]/td["
                        + column
                        + "]"))
            .getText()
            .replace(",", ""));
  }

  private static void scrollTo(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", browser.find(By.id(id)));
  }

  private static String realmOf(String signInPage) {
    return signInPage.substring(0, signInPage.indexOf("/protocol/"));
  }

  /** A token for {@code user} from the realm's command-line client (as the identity tests get). */
  private static String token(String realm, String user) throws Exception {
    String form =
        "grant_type=password&client_id=bitacora-dev-cli&scope=openid&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(Browser.PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("access_token").asText();
  }
}
