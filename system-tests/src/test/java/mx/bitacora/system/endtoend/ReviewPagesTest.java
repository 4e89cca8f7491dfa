package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * Commitments and compliance reviews in a real browser: the reviewer sees the demo's commitments
 * with their statuses (in Spanish), opens a review of CAT Cancún's 2022, records a finding
 * addressed to DIF with evidence picked from the audit trail, and downloads the demo review's
 * report (a PDF); DIF's staff cannot read the review until a finding is addressed to DIF, then
 * answer it, and the reviewer accepts the answer. DIF's staff asking for a report get the service's
 * refusal, no file.
 */
class ReviewPagesTest {

  private static final String DEMO_REVIEW = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100301";
  private static final String DEMO_DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100002";
  private static final String KITS_COMMITMENT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100201";

  private static BrowserStack stack;
  private static Browser reviewer;
  private static Browser staff;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    reviewer = stack.newBrowser();
    staff = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    if (reviewer != null) {
      reviewer.close();
    }
    if (staff != null) {
      staff.close();
    }
  }

  @Test
  void
      reviewer_seesCommitments_opensReview_recordsFinding_staffAnswers_reportIsPdfOnlyForReviewer() {
    String unique = UUID.randomUUID().toString().substring(0, 8);

    reviewer.openSignedInAs("/compromisos", "reviewer-1");
    reviewer.awaitHeading("Compromisos");
    assertThat(reviewer.text("commitment-" + KITS_COMMITMENT))
        .contains("Kits de higiene personal (cat-cancun)")
        .contains("Entrega de materiales")
        .contains("48 de 50 kit")
        .contains("cumplido en parte");
    reviewer.screenshot("compromisos");
    reviewer.find(By.cssSelector("#commitment-" + KITS_COMMITMENT + " a")).click();
    reviewer.awaitHeading("Compromiso");
    assertThat(reviewer.text("commitment-status")).isEqualTo("Estado: cumplido en parte");
    assertThat(reviewer.text("terms")).contains("31 de octubre de 2022");
    assertThat(reviewer.text("facts")).contains("Entrega recibida");

    // A review of its own, so that nothing another test does changes what is asserted.
    String title = "Revisión de prueba " + unique;
    reviewer.open("/revisiones/nueva");
    reviewer.awaitHeading("Abrir una revisión");
    reviewer.fill("title", title);
    reviewer.fill("shelterId", "cat-cancun");
    reviewer.setDate("from", "2022-01-01");
    reviewer.setDate("to", "2022-12-31");
    reviewer.fill("criterion-code-0", "ENTREGAS");
    reviewer.fill("criterion-description-0", "Materiales entregados y acusados");
    reviewer.click("open");
    reviewer.awaitHeading(title);
    String reviewPath = path(reviewer);
    assertThat(reviewPath).matches("/revisiones/[0-9a-f-]{36}");
    assertThat(reviewer.text("review-status")).isEqualTo("Estado: abierta");
    assertThat(reviewer.text("scope"))
        .contains("del 1 de enero de 2022 al 31 de diciembre de 2022");

    // No finding for DIF yet: DIF's staff get the service's "not found", nothing of the review.
    staff.openSignedInAs(reviewPath, "dif-staff-1");
    staff.assertNotFound();
    assertThat(staff.source()).doesNotContain(title);

    reviewer.click("record-finding");
    reviewer.awaitHeading("Registrar un hallazgo");
    // Without evidence the service refuses it: its problem shows, with what was typed kept.
    new Select(reviewer.find(By.id("criterion"))).selectByValue("ENTREGAS");
    new Select(reviewer.find(By.id("severity"))).selectByValue("LOW");
    new Select(reviewer.find(By.id("concernedAgency"))).selectByValue("dif-benito-juarez");
    String statement = "Acuse incompleto " + unique;
    reviewer.fill("statement", statement);
    reviewer.setDate("responseDueOn", "2099-12-31");
    reviewer.click("record");
    assertThat(reviewer.text("problem")).contains("FINDING_WITHOUT_EVIDENCE");
    assertThat(reviewer.find(By.id("statement")).getDomProperty("value")).isEqualTo(statement);
    reviewer.fill("trailAggregateType", "Delivery");
    reviewer.fill("trailAggregateId", DEMO_DELIVERY);
    reviewer.fill("trailEventType", "DeliveryReceiptAcknowledgedEvent");
    reviewer.click("search-trail");
    WebElement pick = reviewer.find(By.cssSelector("#trail input[name=eventPositions]"));
    String position = pick.getAttribute("value");
    pick.click();
    assertThat(
            new Select(reviewer.find(By.id("concernedAgency"))).getFirstSelectedOption().getText())
        .isEqualTo("dif-benito-juarez");
    assertThat(reviewer.find(By.id("statement")).getDomProperty("value")).isEqualTo(statement);
    reviewer.fill("recommendation", "Documentar la reposición");
    reviewer.click("record");
    reviewer.awaitHeading(title);
    WebElement finding = reviewer.find(By.cssSelector("article.finding"));
    assertThat(finding.getText())
        .contains(statement)
        .contains("ENTREGAS · severidad baja · dirigido a dif-benito-juarez")
        .contains("Evento en la posición " + position + " de la bitácora")
        .contains("Estado: en espera de respuesta")
        .contains("31 de diciembre de 2099");
    ((JavascriptExecutor) reviewer.driver()).executeScript("window.scrollTo(0, 0);");
    reviewer.screenshot("revision");

    // DIF's staff now find the review among theirs, read it (their finding) and answer it.
    staff.open("/hallazgos");
    staff.awaitHeading("Hallazgos para mi dependencia");
    assertThat(staff.text("reviews")).contains(title);
    staff.open(reviewPath);
    staff.awaitHeading(title);
    WebElement answer = staff.find(By.cssSelector("form[id^=answer-]"));
    String form = answer.getAttribute("id");
    staff.fill(form + "-response", "Se repuso el material faltante " + unique);
    staff.fill(form + "-corrective", "Revisar el empaque al recibir");
    staff.setDate(form + "-due", "2099-06-30");
    staff.click(form + "-send");
    staff.awaitHeading(title);
    staff.find(By.cssSelector("dd.answer"));
    assertThat(staff.find(By.cssSelector("article.finding")).getText())
        .contains("Estado: respondido")
        .contains("Se repuso el material faltante " + unique);

    // The reviewer accepts the answer.
    reviewer.open(reviewPath);
    reviewer.awaitHeading(title);
    reviewer.find(By.cssSelector("form[id^=accept-] button")).click();
    new WebDriverWait(reviewer.driver(), Duration.ofSeconds(30))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.finding p.status"), "Estado: aceptado"));
    assertThat(reviewer.source()).doesNotContain("Aceptar la respuesta");

    reviewer.open("/revisiones?status=OPEN");
    reviewer.awaitHeading("Revisiones de cumplimiento");
    assertThat(reviewer.text("reviews")).contains(title).contains("abierta");
    reviewer.screenshot("revisiones");
    reviewer.driver().findElement(By.linkText("English")).click();
    reviewer.awaitHeading("Compliance reviews");
    assertThat(reviewer.text("review-" + reviewPath.substring("/revisiones/".length())))
        .contains(title)
        .contains("open")
        .contains("January 1, 2022 to December 31, 2022");
    reviewer.driver().findElement(By.linkText("Español")).click();
    reviewer.awaitHeading("Revisiones de cumplimiento");

    // The demo review's report: a PDF (checkpoints are signed every second).
    reviewer.open("/revisiones/" + DEMO_REVIEW);
    reviewer.find(By.id("report-pdf"));
    String pdfLink = reviewer.find(By.id("report-pdf")).getAttribute("href");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(fetchStart(reviewer, pdfLink)).isEqualTo("200 %PDF-"));
    String csvLink = reviewer.find(By.id("report-csv")).getAttribute("href");
    assertThat(fetchStart(reviewer, csvLink)).startsWith("200 ");

    // DIF's staff read the demo review (its kits finding) but not UNODC's finding, nor the report.
    staff.open("/revisiones/" + DEMO_REVIEW);
    staff.find(By.cssSelector("article.finding"));
    assertThat(staff.source())
        .contains("Se acusaron 48 de 50 kits")
        .doesNotContain("Se capacitó a 1 de las 4");
    assertThat(staff.source()).doesNotContain("report-pdf");
    staff.open("/revisiones/" + DEMO_REVIEW + "/informe");
    assertThat(staff.text("problem")).contains("FORBIDDEN");
    assertThat(staff.heading()).isEqualTo("Informe de la revisión");
    assertThat(fetchStart(staff, pdfLink)).startsWith("403 ").doesNotContain("%PDF");
  }

  private static String path(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    String path = url.substring(stack.webUrl().length());
    int end = path.indexOf('#');
    return end < 0 ? path : path.substring(0, end);
  }

  /** The status and first five bytes of {@code url}, fetched in the page with its session. */
  private static String fetchStart(Browser browser, String url) {
    Object answer =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' '
                      + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                  .catch(e => done('error ' + e));
                """,
                url);
    return String.valueOf(answer);
  }
}
