package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Shelters and projects in a real browser: an administrator registers a shelter for DIF (refused
 * first without a municipality); UNODC opens a project funded by INL (refused first when it ends
 * before it starts), makes the new shelter a beneficiary, removes it and closes the project; DIF's
 * staff change the shelter's places and record its closure (refused first without a reason). The
 * prosecutors' office gets "not found" for the project and for the shelter.
 */
class ShelterAndProjectPagesTest {

  private static BrowserStack stack;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    browser = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aShelterRegistered_madeABeneficiary_changedAndClosed_withinItsAgencyOnly() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String shelter = "cat-cozumel-" + suffix;
    String shelterName = "CAT Cozumel " + suffix;

    // An administrator registers it for DIF Benito Juárez; without a municipality it is refused.
    browser.openSignedInAs("/admin", "admin-1");
    browser.click("admin-register-shelter");
    browser.awaitHeading("Registrar un albergue");
    browser.fill("shelterId", shelter);
    browser.fill("name", shelterName);
    new Select(browser.find(By.id("kind"))).selectByValue("CAT");
    new Select(browser.find(By.id("operatingAgency"))).selectByValue("dif-benito-juarez");
    browser.fill("state", "Quintana Roo");
    browser.fill("capacity", "20");
    browser.click("servesMinors");
    browser.fill("location", "Calle 5 Sur, Cozumel");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('municipality').removeAttribute('required');");
    browser.click("register");
    assertThat(browser.text("problem")).contains("INVALID_FIELDS");
    assertThat(browser.text("municipality-error")).isNotBlank();
    assertThat(browser.source()).doesNotContain("Calle 5 Sur");
    browser.fill("municipality", "Cozumel");
    browser.fill("location", "Calle 5 Sur, Cozumel");
    browser.click("register");
    assertThat(browser.text("recorded")).isEqualTo("Albergue registrado.");
    browser.signOut();

    // UNODC opens a project for it and the CAT in Cancún; one ending before it starts is refused.
    browser.signInAs("unodc-staff-1");
    browser.open("/proyectos");
    browser.awaitHeading("Proyectos");
    browser.click("open-project");
    browser.fill("name", "Equipamiento de CAT " + suffix);
    new Select(browser.find(By.id("funderAgency"))).selectByValue("inl");
    new Select(browser.find(By.id("coordinatorAgency"))).selectByValue("segob");
    browser.click("beneficiary-cat-cancun");
    browser.setDate("startsOn", "2023-01-01");
    browser.setDate("endsOn", "2022-12-31");
    browser.click("open");
    assertThat(browser.text("problem")).contains("PROJECT_ENDS_BEFORE_START");
    assertThat(browser.find(By.id("beneficiary-cat-cancun")).isSelected()).isTrue();
    browser.setDate("endsOn", "2023-12-31");
    browser.click("open");
    browser.awaitHeading("Equipamiento de CAT " + suffix);
    String project = browser.driver().getCurrentUrl().replaceAll("^.*/proyectos/", "");
    assertThat(browser.text("project-status")).isEqualTo("Abierto");
    assertThat(browser.text("implementerAgency")).contains("Naciones Unidas");
    assertThat(browser.text("beneficiaries")).contains("Casa de Asistencia Temporal");

    new Select(browser.find(By.id("shelterId"))).selectByValue(shelter);
    browser.click("add-beneficiary");
    assertThat(browser.text("recorded")).isEqualTo("Albergue agregado a los beneficiarios.");
    assertThat(browser.text("beneficiaries")).contains(shelterName);
    browser.click("remove-" + shelter);
    assertThat(browser.text("recorded")).startsWith("Albergue quitado de los beneficiarios");
    assertThat(browser.text("beneficiaries")).contains(shelterName + " (ya no es beneficiario");
    browser.setDate("closedOn", "2023-12-31");
    browser.click("close-project");
    assertThat(browser.text("recorded")).startsWith("Proyecto cerrado");
    assertThat(browser.text("project-status")).isEqualTo("Cerrado");
    browser.screenshot("proyecto");
    browser.open("/proyectos");
    assertThat(browser.find(By.cssSelector("[data-project='" + project + "']")).getText())
        .isEqualTo("Equipamiento de CAT " + suffix);
    browser.signOut();

    // DIF's staff change its places, then record that it closed (first without a reason).
    browser.signInAs("dif-staff-1");
    browser.open("/albergues");
    browser.find(By.cssSelector("[data-shelter='" + shelter + "']")).click();
    browser.awaitHeading(shelterName);
    browser.find(By.xpath("//summary[. = 'Cambiar las plazas']")).click();
    browser.fill("new-capacity", "24");
    browser.click("change-capacity");
    assertThat(browser.text("recorded")).isEqualTo("Plazas cambiadas.");
    assertThat(browser.text("capacity")).isEqualTo("24");
    browser.find(By.xpath("//summary[. = 'Registrar el cierre']")).click();
    browser.setDate("closedOn", "2024-01-15");
    browser.click("close-shelter");
    assertThat(browser.text("problem")).contains("INVALID_FIELDS");
    assertThat(browser.text("reason-error")).isNotBlank();
    assertThat(browser.text("open")).isEqualTo("Sí");
    browser.setDate("closedOn", "2024-01-15");
    browser.fill("close-reason", "Se fusionó con el CAT de Cancún");
    browser.click("close-shelter");
    assertThat(browser.text("recorded")).startsWith("Cierre registrado");
    assertThat(browser.text("open")).isEqualTo("No");
    browser.screenshot("albergue-cerrado");
    browser.signOut();

    // The prosecutors' office is party to neither: "not found", nothing of them shown.
    browser.signInAs("fiscalia-staff-1");
    browser.open("/proyectos/" + project);
    browser.assertNotFound();
    assertThat(browser.source()).doesNotContain(suffix);
    browser.open("/albergues/" + shelter);
    browser.assertNotFound();
    assertThat(browser.source()).doesNotContain(shelterName);
  }
}
