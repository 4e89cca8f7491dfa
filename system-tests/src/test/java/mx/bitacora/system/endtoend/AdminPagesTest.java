package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A platform administrator in a real browser: registers an agency (a form the service refuses
 * first, nothing recorded), creates an account for it in Keycloak through the web application, and
 * the new person signs in, sets their own password and acts for that agency; then the administrator
 * gives them a second role; dead letters show none. Agency staff get Keycloak's and the service's
 * refusals on the same pages.
 */
class AdminPagesTest {

  private static BrowserStack stack;
  private static Browser admin;
  private static Browser newcomer;

  @BeforeAll
  static void start() throws Exception {
    stack = BrowserStack.shared();
    admin = stack.newBrowser();
    newcomer = stack.newBrowser();
  }

  @AfterAll
  static void stop() {
    if (admin != null) {
      admin.close();
    }
    if (newcomer != null) {
      newcomer.close();
    }
  }

  @Test
  void anAdministrator_registersAnAgency_andGivesAPersonAnAccountForIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agency = "dif-cozumel-" + suffix;
    admin.openSignedInAs("/admin", "admin-1");
    admin.click("admin-agencies");
    admin.awaitHeading("Dependencias");

    // Refused by the service (no name): shown beside the field, nothing recorded.
    admin.fill("agencyId", agency);
    admin.fill("acronym", "DIF Cozumel");
    new Select(admin.find(By.id("kind"))).selectByValue("MUNICIPAL");
    new Select(admin.find(By.id("level"))).selectByValue("MUNICIPAL");
    admin.fill("state", "Quintana Roo");
    admin.click("register");
    assertThat(admin.text("problem")).contains("INVALID_FIELDS");
    assertThat(admin.text("name-error")).isNotBlank();
    assertThat(admin.driver().findElements(By.id("agency-" + agency))).isEmpty();
    assertThat(admin.find(By.id("agencyId")).getAttribute("value")).isEqualTo(agency);

    admin.fill("name", "Sistema DIF Cozumel " + suffix);
    admin.click("register");
    assertThat(admin.text("recorded")).isEqualTo("Dependencia registrada.");
    assertThat(admin.text("agency-" + agency)).contains("Sistema DIF Cozumel " + suffix);
    admin.screenshot("admin-dependencias");

    // An account for a person of the new agency, with a temporary password.
    String username = "enlace-" + suffix;
    admin.open("/admin/cuentas");
    assertThat(admin.find(By.cssSelector("#accounts [data-username='dif-staff-1']")).getText())
        .contains("personal de dependencia");
    admin.screenshot("admin-cuentas");
    admin.click("new-account");
    admin.fill("username", username);
    admin.fill("firstName", "Rosa");
    admin.fill("lastName", "Canul");
    admin.fill("email", username + "@cozumel.example");
    admin.fill("temporaryPassword", "Temporal-Cozumel-2026");
    new Select(admin.find(By.id("agency"))).selectByValue(agency);
    admin.click("role-AGENCY_STAFF");
    admin.click("save-account");
    assertThat(admin.text("recorded")).isEqualTo("Cuenta creada.");
    assertThat(admin.text("account-username")).isEqualTo(username);
    assertThat(admin.find(By.id("role-AGENCY_STAFF")).isSelected()).isTrue();

    // The person signs in, sets their own password, and acts for the new agency.
    newcomer.open("/");
    newcomer.find(By.id("kc-login"));
    newcomer.fill("username", username);
    newcomer.fill("password", "Temporal-Cozumel-2026");
    newcomer.click("kc-login");
    newcomer.fill("password-new", "Propia-Cozumel-2026!");
    newcomer.fill("password-confirm", "Propia-Cozumel-2026!");
    newcomer.find(By.cssSelector("[type=submit]")).click();
    assertThat(newcomer.text("signed-in-agency")).isEqualTo("Dependencia: " + agency);
    assertThat(newcomer.source()).contains("personal de dependencia");

    // A second role, from the next sign-in on.
    admin.click("role-COMPLIANCE_REVIEWER");
    admin.click("save-account");
    assertThat(admin.text("recorded")).isEqualTo("Cuenta actualizada.");
    assertThat(admin.find(By.id("role-COMPLIANCE_REVIEWER")).isSelected()).isTrue();
    admin.open("/admin/cuentas");
    assertThat(admin.find(By.cssSelector("#accounts [data-username='" + username + "']")).getText())
        .contains("personal de dependencia, revisión de cumplimiento");

    admin.open("/admin/no-aplicados");
    assertThat(admin.text("no-dead-letters")).startsWith("Ninguno");

    // Agency staff: Keycloak refuses them the accounts, the service the agencies.
    newcomer.open("/admin/cuentas");
    assertThat(newcomer.text("problem")).contains("no tiene permiso");
    assertThat(newcomer.driver().findElements(By.id("accounts"))).isEmpty();
    newcomer.open("/admin/dependencias");
    // A complete form: the service checks the body before the role.
    newcomer.fill("agencyId", "intrusa-" + suffix);
    newcomer.fill("name", "Intrusa");
    newcomer.fill("acronym", "INT");
    new Select(newcomer.find(By.id("kind"))).selectByValue("CIVIL_SOCIETY");
    new Select(newcomer.find(By.id("level"))).selectByValue("STATE");
    newcomer.fill("state", "Quintana Roo");
    newcomer.click("register");
    assertThat(newcomer.text("problem")).contains("FORBIDDEN");
  }
}
