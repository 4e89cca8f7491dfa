package mx.bitacora.platform.request;

import com.fasterxml.jackson.core.JsonParser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The checks every request to either service passes before an operation runs: known query
 * parameters without control characters, and JSON without duplicate keys.
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

  /** {@code {"capacity": 24, "capacity": 24}} is malformed JSON, not the last key winning. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictDuplicateDetection() {
    return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }
}
