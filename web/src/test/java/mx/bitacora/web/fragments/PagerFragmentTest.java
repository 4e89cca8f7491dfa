package mx.bitacora.web.fragments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The pager every list uses ({@code fragments/page :: pager}), rendered by Thymeleaf as the pages
 * render it: a link back only after the first page, one on only before the last, none at all for
 * one page. (A {@code th:with} beside a {@code th:if} once hid three lists' pagers for good: the
 * condition runs first.)
 */
class PagerFragmentTest {

  private final SpringTemplateEngine engine = engine();

  @Test
  void theFirstOfThreePages_linksOnlyOn() {
    String html = pager(0, 3);
    assertThat(html).contains("Página 1 de 3", "href=\"lista?pagina=1\"", "Siguiente");
    assertThat(html).doesNotContain("Anterior");
  }

  @Test
  void theLastOfThreePages_linksOnlyBack() {
    String html = pager(2, 3);
    assertThat(html).contains("Página 3 de 3", "href=\"lista?pagina=1\"", "Anterior");
    assertThat(html).doesNotContain("Siguiente");
  }

  @Test
  void aSinglePage_hasNoPager() {
    assertThat(pager(0, 1)).doesNotContain("<nav");
  }

  private String pager(int page, int pages) {
    Context context = new Context(new Locale("es", "MX"));
    context.setVariables(Map.of("page", page, "pages", pages));
    return engine.process(
        "<div th:replace=\"~{fragments/page :: pager(${page}, ${pages},"
            + " @{lista(pagina=${page - 1})}, @{lista(pagina=${page + 1})}, 'Lista')}\"></div>",
        context);
  }

  private static SpringTemplateEngine engine() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setResolvablePatterns(Set.of("fragments/*"));
    files.setOrder(1);
    files.setCheckExistence(true);
    StringTemplateResolver inline = new StringTemplateResolver();
    inline.setOrder(2);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(inline);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }
}
