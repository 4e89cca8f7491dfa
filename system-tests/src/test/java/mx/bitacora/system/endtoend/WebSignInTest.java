package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A person in a real browser: opens the web application, signs in on the identity provider's own
 * login page (Spanish) as DIF staff, sees their agency's page with the deliveries it received,
 * switches to English and back, finds no page wider than a phone's screen, signs out and is asked
 * to sign in again; a prosecutor's office user signed in next sees their own agency, not DIF's
 * figures.
 */
class WebSignInTest {

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
  void
      difStaff_signInInSpanish_seeTheirAgency_switchToEnglish_signOut_andAnotherAgencySeesItsOwn() {
    browser.open("/mi-dependencia");
    browser.find(By.id("kc-login"));
    assertThat(browser.source()).contains("Iniciar sesión");
    browser.screenshot("inicio-de-sesion");
    browser.signInAs("dif-staff-1");
    browser.awaitUrlContaining("/mi-dependencia");
    assertThat(browser.heading()).isEqualTo("Mi dependencia");
    assertThat(browser.text("signed-in-agency")).isEqualTo("Dependencia: dif-benito-juarez");
    assertThat(browser.text("totals")).containsPattern("Entregas recibidas [1-9]");
    browser.screenshot("mi-dependencia");

    browser.driver().findElement(By.linkText("English")).click();
    browser.awaitHeading("My agency");
    assertThat(browser.text("totals")).containsPattern("Deliveries received [1-9]");
    assertThat(browser.text("signed-in-agency")).isEqualTo("Agency: dif-benito-juarez");
    browser.driver().findElement(By.linkText("Español")).click();
    browser.awaitHeading("Mi dependencia");

    // On a phone-sized screen (shelter staff use phones) no page is wider than the screen: tables
    // scroll inside their own box.
    Dimension desktop = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    for (String page : List.of("/mi-dependencia", "/albergues", "/entregas", "/canalizaciones")) {
      browser.open(page);
      browser.find(By.id("signed-in-as"));
      Object overflow =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue())
          .as("horizontal overflow of %s", page)
          .isLessThanOrEqualTo(0);
    }
    browser.open("/entregas");
    browser.screenshot("entregas-telefono");
    browser.driver().manage().window().setSize(desktop);

    // Signed out here and at the identity provider: the start page asks for credentials again.
    browser.signOut();
    assertThat(browser.driver().getCurrentUrl()).contains("/realms/bitacora/");

    browser.signInAs("fiscalia-staff-1");
    browser.awaitHeading("Bienvenida a Bitácora");
    assertThat(browser.driver().getCurrentUrl()).startsWith(stack.webUrl() + "/");
    browser.screenshot("inicio");
    browser.driver().findElement(By.linkText("Mi dependencia")).click();
    browser.awaitUrlContaining("/mi-dependencia");
    assertThat(browser.text("signed-in-agency")).isEqualTo("Dependencia: fiscalia-quintana-roo");
    assertThat(browser.text("totals")).contains("Entregas recibidas 0");
  }
}
