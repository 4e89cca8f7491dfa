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
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18's "done when", in a real browser, without curl, tokens or Swagger: DIF staff sign in in
 * Spanish and see the Cancún delivery of October 2022; UNODC staff, in their own browser, plan a
 * new delivery to the CAT and dispatch it; DIF acknowledges it, first with a quantity the service
 * refuses (shown next to the line, nothing recorded), then with a real discrepancy, sees it counted
 * on the shelter's page and corrects it (refused first without a reason); the prosecutors' office
 * gets "not found" for that delivery; a commission auditor finds the acknowledgement in the audit
 * trail with its correction, sealed and signed, downloads the trail as CSV and verifies the log.
 */
class DeliveryPagesTest {

  /** The demo's delivery of 21 October 2022 to the CAT in Cancún (dev/LoadDemoData.java). */
  private static final String CANCUN_DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100002";

  private static BrowserStack stack;
  private static Browser dif;
  private static Browser unodc;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    dif = stack.newBrowser();
    unodc = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    if (dif != null) {
      dif.close();
    }
    if (unodc != null) {
      unodc.close();
    }
  }

  @Test
  void planDispatchAcknowledge_acrossTwoAgencies_thenTheAuditorFindsItSealedAndVerified() {
    // DIF staff sign in (Spanish) and see the Cancún delivery among those they receive.
    dif.openSignedInAs("/entregas", "dif-staff-1");
    dif.awaitHeading("Entregas");
    assertThat(
            dif.find(
                By.cssSelector("#received-deliveries [data-delivery='" + CANCUN_DELIVERY + "']")))
        .isNotNull();
    dif.driver().findElement(By.cssSelector("[data-delivery='" + CANCUN_DELIVERY + "']")).click();
    dif.awaitHeading("Entrega del 21 de octubre de 2022");
    assertThat(dif.text("delivery-status")).isEqualTo("Recibida");
    assertThat(dif.text("lines")).contains("Kits de higiene personal");

    // DIF keeps its list open: what UNODC records appears on it without a reload.
    dif.open("/entregas");
    dif.find(By.cssSelector("[sse-connect][data-live-opened]"));
    ((JavascriptExecutor) dif.driver()).executeScript("window.notReloaded = true;");

    // UNODC plans a new delivery to the CAT, funded by INL, and dispatches it.
    String kits = "Kits escolares " + UUID.randomUUID().toString().substring(0, 8);
    unodc.openSignedInAs("/entregas/nueva", "unodc-staff-1");
    unodc.awaitHeading("Planear una entrega");
    new Select(unodc.find(By.id("fundingAgency"))).selectByValue("inl");
    assertThat(unodc.find(By.id("delivering-unodc-mexico")).isSelected()).isTrue();
    new Select(unodc.find(By.id("receivingShelter"))).selectByValue("cat-cancun");
    unodc.fill("item-description-1", "Colchonetas");
    unodc.fill("item-quantity-1", "10");
    unodc.fill("item-unit-1", "pieza");
    unodc.fill("item-description-2", kits);
    unodc.fill("item-quantity-2", "50");
    unodc.fill("item-unit-2", "kit");
    unodc.fill("witness-title-1", "Coordinadora de proyectos");
    new Select(unodc.find(By.id("witness-agency-1"))).selectByValue("unodc-mexico");
    unodc.screenshot("entrega-nueva");
    // The form sent twice, as a double click or a resend would: both answers lead to the same
    // delivery's page without a problem (the second is the first's answer replayed), and the
    // delivery was planned once.
    String delivery = unodc.find(By.id("deliveryId")).getAttribute("value");
    String twice =
        String.valueOf(
            ((JavascriptExecutor) unodc.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById('plan').form;"
                        + "const send = () => fetch(form.action, {method: 'POST',"
                        + " body: new URLSearchParams(new FormData(form))})"
                        + ".then(r => r.text().then(t => r.status + ' ' + r.url + ' '"
                        + " + (t.includes('id=\"problem\"') ? 'PROBLEM' : 'OK')));"
                        + "send().then(first => send().then(second => done(first + '|' + second)));"));
    String answer = "200 " + stack.webUrl() + "/entregas/" + delivery + " OK";
    assertThat(twice).isEqualTo(answer + "|" + answer);
    unodc.open("/entregas/" + delivery);
    assertThat(unodc.text("delivery-status")).isEqualTo("Planeada");
    assertThat(unodc.text("history").split("Entrega planeada", -1)).hasSize(2);
    unodc.click("dispatch");
    assertThat(unodc.text("recorded")).isEqualTo("Envío registrado.");
    assertThat(unodc.text("delivery-status")).isEqualTo("Enviada");

    // DIF's open list shows it dispatched, refreshed by the live stream, not reloaded; it
    // acknowledges it, and a quantity that is no number is refused first.
    By dispatchedRow =
        By.xpath(
            "//table[@id='received-deliveries']//tr[.//a[@data-delivery='"
                + delivery
                + "']][td[@class='status' and text()='Enviada']]");
    dif.find(dispatchedRow);
    assertThat(((JavascriptExecutor) dif.driver()).executeScript("return window.notReloaded"))
        .isEqualTo(true);
    dif.screenshot("entregas");
    dif.driver().findElement(By.cssSelector("[data-delivery='" + delivery + "']")).click();
    dif.fill("receivedByTitle", "Responsable del CAT");
    dif.fill("received-2", "cuarenta y cinco");
    dif.click("acknowledge");
    assertThat(dif.text("problem")).contains("MALFORMED_BODY");
    assertThat(dif.text("discrepancies-error")).isNotBlank();
    assertThat(dif.text("delivery-status")).isEqualTo("Enviada");
    assertThat(dif.find(By.id("received-2")).getAttribute("value")).isEqualTo("cuarenta y cinco");
    dif.fill("received-2", "45");
    dif.fill("note-2", "5 kits dañados");
    dif.click("acknowledge");
    assertThat(dif.text("recorded")).isEqualTo("Recibo registrado.");
    assertThat(dif.text("delivery-status")).isEqualTo("Recibida");
    assertThat(dif.text("lines")).contains(kits + " 50 45 kit 5 kits dañados");
    dif.screenshot("entrega");

    // The shelter's page counts what it acknowledged, per item.
    dif.open("/albergues");
    dif.find(By.cssSelector("[data-shelter='cat-cancun']")).click();
    assertThat(dif.text("materials")).contains(kits + " 45 kit");
    dif.screenshot("albergue");

    // Six kits were damaged, not five: the receipt is corrected; the original stays recorded.
    dif.open("/entregas/" + delivery);
    dif.click("correct-2");
    dif.awaitHeading("Corregir o anular un hecho");
    assertThat(dif.text("fact")).startsWith("Hecho: Acuse de recibo");
    dif.fill("quantity-2", "44");
    dif.fill("note-2", "6 kits dañados");
    dif.click("correct");
    assertThat(dif.text("problem")).contains("INVALID_FIELDS");
    assertThat(dif.text("reason-error")).isNotBlank();
    dif.fill("reason", "Eran 6 kits dañados, no 5");
    dif.click("correct");
    assertThat(dif.text("recorded")).isEqualTo("Corrección registrada.");
    assertThat(dif.text("lines")).contains(kits + " 50 44 kit 6 kits dañados");
    assertThat(dif.text("history")).contains("Acuse de recibo", "Corrección");
    dif.signOut();

    // The prosecutors' office is not party to it: the service's "not found", nothing of it.
    dif.signInAs("fiscalia-staff-1");
    dif.open("/entregas/" + delivery);
    dif.assertNotFound();
    assertThat(dif.source()).doesNotContain(kits);
    // Nor may it listen to the shelter's live stream: query-service's 404 is passed on.
    assertThat(fetchText("/vivo/albergues/cat-cancun")).isEqualTo("HTTP 404");
    dif.signOut();

    // A commission auditor finds the acknowledgement in the audit trail, signed, and verifies.
    dif.signInAs("auditor-1");
    dif.open("/auditoria");
    dif.awaitHeading("Bitácora de auditoría");
    new Select(dif.find(By.id("eventType"))).selectByValue("DeliveryReceiptAcknowledgedEvent");
    dif.fill("aggregateId", delivery);
    dif.click("filter");
    By acknowledgement =
        By.cssSelector("#audit-trail tr[data-event-type='DeliveryReceiptAcknowledgedEvent']");
    assertThat(dif.find(acknowledgement).getText())
        .contains("Acuse de recibo de entrega", "(dif-benito-juarez)", "Corregido o anulado por:");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              dif.driver().navigate().refresh();
              return dif.find(acknowledgement).findElement(By.className("sealed")).getText();
            },
            mark -> mark.equals("Sí"));
    dif.screenshot("auditoria");
    long position =
        Long.parseLong(dif.find(acknowledgement).findElement(By.tagName("td")).getText());
    String csv = fetchText("/auditoria/bitacora.csv?aggregateId=" + delivery);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("posición,id del evento,");
    assertThat(csv).contains("DeliveryReceiptAcknowledgedEvent", delivery);

    dif.driver().findElement(By.linkText("Verificar la integridad")).click();
    dif.awaitHeading("Integridad de la bitácora");
    assertThat(dif.text("latest-checkpoint"))
        .startsWith("Bitácora sellada y firmada hasta la posición");
    dif.click("verify");
    String verified = dif.text("verification-result");
    assertThat(verified).startsWith("Íntegra.");
    long through = Long.parseLong(verified.replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
    assertThat(through).isGreaterThanOrEqualTo(position);
    dif.screenshot("integridad");
  }

  /** A same-origin fetch from the page, with the browser's own session: what a download gets. */
  private static String fetchText(String path) {
    Object text =
        ((JavascriptExecutor) dif.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done);",
                path);
    return String.valueOf(text);
  }
}
