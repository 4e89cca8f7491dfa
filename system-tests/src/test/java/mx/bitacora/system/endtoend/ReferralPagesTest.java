package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Referrals in the browser, each person in their own window: the state prosecutor's staff issue a
 * referral to DIF Benito Juárez's CAT with victim details of their own (a form missing its case
 * reference is refused first, the service's message next to the field, and nothing is recorded);
 * DIF's staff find it in their inbox, open it, accept it and read the victim details for a stated
 * purpose, add a case note and read it back, and are refused an onward referral missing its
 * receiver; UNODC's staff, not party to it, get the service's "not found" for the referral and for
 * its details.
 */
class ReferralPagesTest {

  private static BrowserStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
  }

  @Test
  void prosecutorIssues_difFindsAcceptsAndReadsDetails_othersSeeNothing_refusalRecordsNothing() {
    String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    String caseReference = "WEB-" + unique;
    String notes = "Llega acompañada por personal de la fiscalía " + unique;
    String referralId;

    try (Browser fiscalia = stack.newBrowser()) {
      fiscalia.openSignedInAs("/canalizaciones/nueva", "fiscalia-staff-1");
      fiscalia.awaitHeading("Emitir una canalización");
      String refusedId = fiscalia.find(By.id("referralId")).getAttribute("value");
      fillReferral(fiscalia, "", notes);
      fiscalia.click("issue");
      assertThat(fiscalia.text("caseReference-error")).isNotBlank();
      assertThat(fiscalia.text("problem")).contains("INVALID_FIELDS");
      assertThat(fiscalia.find(By.id("victimNotes")).getAttribute("value")).isEqualTo(notes);
      assertThat(fiscalia.find(By.id("caseReference")).getAttribute("aria-describedby"))
          .contains("caseReference-error");
      fiscalia.screenshot("canalizacion-nueva");
      fiscalia.open("/canalizaciones/" + refusedId);
      fiscalia.assertNotFound();

      fiscalia.open("/canalizaciones/nueva");
      fiscalia.awaitHeading("Emitir una canalización");
      fillReferral(fiscalia, caseReference, notes);
      LocalDateTime madeAt =
          LocalDateTime.now(ZoneId.of("America/Mexico_City"))
              .minusHours(1)
              .truncatedTo(ChronoUnit.MINUTES);
      ((JavascriptExecutor) fiscalia.driver())
          .executeScript(
              "document.getElementById('issuedAt').value = arguments[0]", madeAt.toString());
      fiscalia.click("issue");
      fiscalia.awaitHeading("Canalización");
      assertThat(fiscalia.text("notice")).isEqualTo("Canalización registrada.");
      assertThat(fiscalia.text("case-reference")).isEqualTo(caseReference);
      assertThat(fiscalia.text("state")).isEqualTo("En espera de respuesta");
      assertThat(fiscalia.text("issued-at"))
          .isEqualTo(
              madeAt.format(
                  DateTimeFormatter.ofPattern(
                      "d MMM yyyy, HH:mm", Locale.forLanguageTag("es-MX"))));
      assertThat(fiscalia.source()).doesNotContain(notes);
      String url = fiscalia.driver().getCurrentUrl();
      referralId = url.substring(url.lastIndexOf('/') + 1);
      assertThat(UUID.fromString(referralId).toString()).isEqualTo(referralId);
      assertThat(url).doesNotContain(unique);

      fiscalia.open("/canalizaciones?direccion=ISSUED");
      assertThat(fiscalia.text("referral-" + referralId)).isEqualTo(caseReference);
      fiscalia.screenshot("canalizaciones");
    }

    try (Browser dif = stack.newBrowser()) {
      dif.openSignedInAs("/bandeja?noLeidas=true", "dif-staff-1");
      dif.awaitHeading("Bandeja");
      By notice = By.cssSelector("#inbox a[href$='/canalizaciones/" + referralId + "']");
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                dif.open("/bandeja?noLeidas=true");
                return !dif.driver().findElements(notice).isEmpty();
              });
      assertThat(dif.find(notice).getText()).isEqualTo("Canalización recibida");
      dif.screenshot("bandeja");
      dif.find(notice).click();
      dif.awaitHeading("Canalización");
      assertThat(dif.text("case-reference")).isEqualTo(caseReference);

      dif.click("accept");
      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(() -> dif.text("state").equals("Aceptada"));
      assertThat(dif.text("notice")).isEqualTo("Aceptación registrada.");
      new Select(dif.find(By.id("detailsPurpose"))).selectByValue("INTAKE");
      dif.click("read-details");
      dif.awaitUrlContaining("/datos-de-la-victima");
      assertThat(dif.text("victim-notes")).isEqualTo(notes);
      assertThat(dif.text("details-heading")).contains("Ingreso");
      assertThat(dif.driver().getCurrentUrl()).doesNotContain(unique);
      Object cacheControl =
          ((JavascriptExecutor) dif.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + " fetch(location.href, {credentials: 'same-origin'})"
                      + ".then(r => done(r.headers.get('Cache-Control')));");
      assertThat((String) cacheControl).contains("no-store");
      dif.screenshot("canalizacion");

      String care = "Valoración médica " + unique;
      dif.open("/canalizaciones/" + referralId);
      dif.fill("careGiven", care);
      dif.click("add-note");
      assertThat(dif.text("notice")).isEqualTo("Nota del caso registrada.");
      new Select(dif.find(By.id("notesPurpose"))).selectByValue("CARE");
      dif.click("read-notes");
      dif.awaitUrlContaining("/notas");
      assertThat(dif.text("case-notes")).contains(care);

      dif.click("onward");
      dif.awaitHeading("Canalizar a otra dependencia");
      dif.click("refer-onward");
      assertThat(dif.text("receivingAgency-error")).isNotBlank();
      assertThat(dif.text("problem")).contains("INVALID_FIELDS");

      dif.open("/bandeja?noLeidas=true");
      dif.find(By.xpath("//tr[.//a[contains(@href,'/canalizaciones/" + referralId + "')]]//button"))
          .click();
      assertThat(dif.text("notice")).isEqualTo("Aviso marcado como leído.");
      new WebDriverWait(dif.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.numberOfElementsToBe(notice, 0));

      dif.open("/canalizaciones/" + referralId + "?lang=en");
      dif.awaitHeading("Referral");
      assertThat(dif.text("state")).isEqualTo("Accepted");
      assertThat(dif.text("history")).contains("Referral issued").contains("Case note added");
      assertThat(dif.source()).doesNotContain("??");

      // The acceptance was recorded by mistake: voided, refused first without a reason.
      dif.open("/canalizaciones/" + referralId + "?lang=es");
      WebElement acceptance = dif.find(By.cssSelector("#history details"));
      String step = acceptance.getAttribute("data-step");
      acceptance.findElement(By.tagName("summary")).click();
      dif.click("void-step-" + step);
      assertThat(dif.text("problem")).contains("INVALID_FIELDS");
      assertThat(dif.text("reason-error")).isNotBlank();
      assertThat(dif.text("state")).isEqualTo("Aceptada");
      dif.fill("void-reason-" + step, "Se aceptó la canalización equivocada");
      dif.click("void-step-" + step);
      assertThat(dif.text("notice")).startsWith("Paso anulado");
      assertThat(dif.text("state")).isEqualTo("En espera de respuesta");
      assertThat(dif.text("history")).contains("Respuesta anulada");
    }

    // The victim withdrew their consent: the prosecutors' office records it (a date first
    // missing), and DIF can no longer read the sealed details.
    try (Browser fiscalia = stack.newBrowser()) {
      fiscalia.openSignedInAs("/canalizaciones/" + referralId, "fiscalia-staff-1");
      fiscalia.click("withdraw-consent");
      assertThat(fiscalia.text("withdrawnOn-error")).isNotBlank();
      fiscalia.setDate("withdrawnOn", LocalDate.now(ZoneOffset.UTC).toString());
      fiscalia.click("withdraw-consent");
      assertThat(fiscalia.text("notice")).isEqualTo("Retiro del consentimiento registrado.");
      assertThat(fiscalia.driver().findElements(By.id("consent-form"))).isEmpty();
      fiscalia.signOut();
      fiscalia.signInAs("dif-staff-1");
      fiscalia.open("/canalizaciones/" + referralId + "/datos-de-la-victima?proposito=INTAKE");
      assertThat(fiscalia.text("problem")).contains("CONSENT_WITHDRAWN");
      assertThat(fiscalia.source()).doesNotContain(notes);
    }

    try (Browser unodc = stack.newBrowser()) {
      unodc.openSignedInAs("/canalizaciones/" + referralId, "unodc-staff-1");
      unodc.assertNotFound();
      assertThat(unodc.source()).doesNotContain(caseReference);
      unodc.open("/canalizaciones/" + referralId + "/datos-de-la-victima?proposito=INTAKE");
      unodc.assertNotFound();
      assertThat(unodc.source()).doesNotContain(notes).doesNotContain(caseReference);
    }
  }

  private static void fillReferral(Browser browser, String caseReference, String notes) {
    browser.fill("caseReference", caseReference);
    new Select(browser.find(By.id("receivingAgency"))).selectByValue("dif-benito-juarez");
    new Select(browser.find(By.id("receivingShelter"))).selectByValue("cat-cancun");
    new Select(browser.find(By.id("service"))).selectByValue("SHELTER");
    new Select(browser.find(By.id("urgency"))).selectByValue("URGENT");
    new Select(browser.find(By.id("consentScope"))).selectByValue("REQUESTED_SERVICE_ONLY");
    browser.fill("victimNotes", notes);
    browser.fill("victimAge", "15");
  }
}
