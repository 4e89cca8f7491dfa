package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA basics on every main page, signed in as each role (the page's language and title, one
 * h1, unique ids, labels, names, text contrast: {@code accessibility-audit.js}), and the keyboard:
 * Tab from the top reaches the skip link first and every control it reaches shows its focus.
 */
class AccessibilityTest {

  private static final String CANCUN_DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100002";

  private static final Map<String, List<String>> PAGES_BY_USER =
      Map.of(
          "dif-staff-1",
          List.of(
              "/mi-dependencia",
              "/",
              "/albergues",
              "/albergues/cat-cancun",
              "/albergues/nuevo",
              "/entregas",
              "/entregas/nueva",
              "/entregas/" + CANCUN_DELIVERY,
              "/canalizaciones",
              "/canalizaciones/nueva",
              "/bandeja",
              "/capacitacion",
              "/proyectos",
              "/proyectos/nuevo",
              "/hallazgos",
              "/accesos",
              "/entregas/00000000-0000-0000-0000-000000000000"),
          "auditor-1",
          List.of("/panorama", "/auditoria", "/integridad", "/accesos"),
          "reviewer-1",
          List.of("/compromisos", "/revisiones", "/revisiones/nueva"),
          "admin-1",
          List.of("/admin", "/admin/dependencias", "/admin/cuentas", "/admin/no-aplicados"));

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
  void everyMainPage_meetsTheBasics_inSpanishAndEnglish() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    PAGES_BY_USER.forEach(
        (user, pages) -> {
          browser.openSignedInAs(pages.get(0), user);
          for (String page : pages) {
            for (String language : List.of("es", "en")) {
              browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
              List<String> problems = browser.accessibilityProblems();
              if (!problems.isEmpty()) {
                found.put(user + " " + page + " (" + language + ")", problems);
              }
            }
          }
          browser.signOut();
        });
    assertThat(found).isEmpty();
  }

  /** The audit is a check that can fail: a page breaking each of its rules gets each reported. */
  @Test
  void theAudit_reportsEveryRuleAPageBreaks() {
    String page =
        "<html><head><title> </title></head><body><h1>Uno</h1><h1>Dos</h1>"
            + "<input id='sin-etiqueta'>"
            + "<a href='/vacio' style='display:inline-block;width:2em;height:1em'></a>"
            + "<p style='color:#bbbbbb;background:#ffffff'>gris claro</p>"
            + "<img src='x.png'><div id='repetido'></div><div id='repetido'></div></body></html>";
    browser
        .driver()
        .get(
            "data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(browser.accessibilityProblems())
        .contains(
            "the page has no lang",
            "the page has no title",
            "2 h1 headings",
            "duplicate id repetido",
            "no label for input sin-etiqueta",
            "no name for a /vacio")
        .anyMatch(problem -> problem.startsWith("contrast 1.92:1 for \"gris claro\""))
        .anyMatch(problem -> problem.startsWith("no alt for"));
  }

  @Test
  void theKeyboard_reachesTheSkipLinkFirst_andEveryFocusIsVisible() {
    browser.openSignedInAs("/entregas/nueva?lang=es", "unodc-staff-1");
    browser.find(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement first = browser.driver().switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Ir al contenido");
    for (int i = 0; i < 40; i++) {
      WebElement focused = browser.driver().switchTo().activeElement();
      assertThat(focused.getCssValue("outline-style"))
          .as("focus of %s #%s", focused.getTagName(), focused.getAttribute("id"))
          .isNotEqualTo("none");
      focused.sendKeys(Keys.TAB);
    }
    browser.signOut();
  }
}
