package mx.bitacora.platform.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Users work in Spanish: Spanish unless {@code Accept-Language} asks for English. */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

  public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(SPANISH, Locale.forLanguageTag("es"), Locale.ENGLISH));
    resolver.setDefaultLocale(SPANISH);
    return resolver;
  }
}
