package mx.bitacora.platform.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The checks every request to either service passes before an operation runs: known query
 * parameters without control characters, and JSON without duplicate keys or trailing content.
 */
@Configuration(proxyBeanMethods = false)
public class RequestChecksConfiguration implements WebMvcConfigurer {

  private final ObjectProvider<AcceptedQueryParameters> accepted;

  RequestChecksConfiguration(ObjectProvider<AcceptedQueryParameters> accepted) {
    this.accepted = accepted;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new QueryParameterCheck(accepted.orderedStream().toList()))
        .order(Ordered.HIGHEST_PRECEDENCE);
  }

  /**
   * {@code {"capacity": 24, "capacity": 24}} is malformed JSON, not the last key winning; so is a
   * document followed by anything but whitespace ({@code {"capacity": 24}x}).
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder ->
        builder.featuresToEnable(
            JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
