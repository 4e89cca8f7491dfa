package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * UNODC's staff in a real browser: a session for shelter staff and prosecutors whose hours the
 * service refuses is shown again with the service's message beside the hours, as typed; corrected,
 * it is scheduled, one of DIF's staff is enrolled, attends and completes it, and the session shows
 * on the training page with its completions.
 */
class TrainingPagesTest {

  private static BrowserStack stack;
  private static Browser unodc;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    unodc = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    if (unodc != null) {
      unodc.close();
    }
  }

  @Test
  void trainer_schedulesASession_enrolsDifStaff_recordsAttendanceAndCompletion() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String topic = "Identificación de víctimas de trata " + unique;
    String staffId = "dif-bj-" + unique;
    unodc.openSignedInAs("/capacitacion", "unodc-staff-1");
    unodc.awaitHeading("Capacitación");

    unodc.fill("topic", topic);
    assertThat(unodc.find(By.id("trainerAgency")).getAttribute("value")).isEqualTo("unodc-mexico");
    unodc.click("audience-SHELTER_STAFF");
    unodc.click("audience-PROSECUTORS");
    unodc.fill("hours", "0");
    unodc.setDate("heldOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    unodc.fill("place", "Chetumal, Quintana Roo");
    unodc.fill("capacity", "20");
    unodc.click("schedule-submit");

    // Refused: the service's message beside the hours, what was typed still there.
    assertThat(unodc.text("hours-error")).isNotBlank();
    assertThat(unodc.text("problem")).contains("INVALID_FIELDS");
    assertThat(unodc.find(By.id("topic")).getAttribute("value")).isEqualTo(topic);
    assertThat(unodc.find(By.id("audience-PROSECUTORS")).isSelected()).isTrue();

    unodc.fill("hours", "6");
    unodc.click("schedule-submit");
    unodc.awaitHeading("Sesión de capacitación");
    String sessionId = unodc.text("session-id");
    assertThat(unodc.text("done")).contains("Sesión programada");
    assertThat(unodc.text("session-state")).isEqualTo("Vigente");
    assertThat(unodc.text("session-topic")).isEqualTo(topic);

    unodc.fill("enrol-staffId", staffId);
    unodc.fill("enrol-agency", "dif-benito-juarez");
    unodc.fill("enrol-role", "Psicóloga del CAT");
    unodc.click("enrol-submit");
    awaitText("done", "Se inscribió a " + staffId + ".");

    unodc.fill("attendance-staffId", staffId);
    unodc.click("attendance-submit");
    awaitText("done", "Se registró la asistencia de " + staffId + ".");

    unodc.fill("completion-staffId", staffId);
    unodc.fill("completion-hours", "6");
    unodc.fill("completion-certificate", "UNODC-" + unique);
    unodc.click("completion-submit");
    awaitText("done", "Se registró la constancia de " + staffId + ".");
    By participant = By.cssSelector("#participants [data-staff='" + staffId + "']");
    assertThat(unodc.find(participant).getText())
        .contains("Psicóloga del CAT", "Sí", "6 h, folio UNODC-" + unique);

    // The completion was of 5 hours, not 6: corrected, refused first without a reason.
    unodc.click("fact-3");
    unodc.awaitHeading("Corregir o anular un hecho de la sesión");
    assertThat(unodc.text("fact")).isEqualTo("Constancia n.º 3, de " + staffId);
    unodc.fill("hoursCompleted", "5");
    unodc.click("correct");
    assertThat(unodc.text("problem")).contains("INVALID_FIELDS");
    assertThat(unodc.text("reason-error")).isNotBlank();
    assertThat(unodc.find(By.id("hoursCompleted")).getAttribute("value")).isEqualTo("5");
    unodc.fill("correct-reason", "La sesión terminó una hora antes");
    unodc.click("correct");
    awaitText("done", "Corrección registrada (hecho #3).");
    assertThat(unodc.text("standing-3")).isEqualTo("Corregido (n.º 4)");
    assertThat(unodc.find(participant).getText()).contains("5 h, folio UNODC-" + unique);

    // The attendance was recorded by mistake: voided; the participant no longer attended.
    unodc.click("fact-2");
    unodc.fill("void-reason", "Registrada en la sesión equivocada");
    unodc.click("void");
    awaitText("done", "Anulación registrada (hecho #2).");
    assertThat(unodc.text("standing-2")).isEqualTo("Anulado (n.º 5)");
    assertThat(unodc.find(participant).getText()).contains("No");
    assertThat(unodc.text("history"))
        .contains("Sesión programada", "Inscripción", "Corrección", "Anulación");
    unodc.screenshot("sesion-de-capacitacion");

    // DIF sees its participant, without the session's history; the prosecutors' office nothing.
    try (Browser dif = stack.newBrowser()) {
      dif.openSignedInAs("/capacitacion/sesiones/" + sessionId, "dif-staff-1");
      assertThat(dif.find(participant).getText()).contains("5 h");
      assertThat(dif.driver().findElements(By.id("history"))).isEmpty();
      dif.signOut();
      dif.signInAs("fiscalia-staff-1");
      dif.open("/capacitacion/sesiones/" + sessionId);
      assertThat(dif.text("not-visible")).startsWith("Su dependencia aún no tiene participantes");
      assertThat(dif.source()).doesNotContain(staffId).doesNotContain(topic);
    }

    unodc.open("/capacitacion");
    unodc.awaitHeading("Capacitación");
    assertThat(unodc.text("session-" + sessionId))
        .contains(sessionId, "Con constancias registradas");
    unodc.screenshot("capacitacion");
  }

  private static void awaitText(String id, String text) {
    new WebDriverWait(unodc.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id(id), text));
  }
}
