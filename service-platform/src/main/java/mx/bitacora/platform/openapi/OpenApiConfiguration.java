package mx.bitacora.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import mx.bitacora.platform.security.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes each service's API as bearer-JWT protected. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  private static final String BEARER = "bearer-jwt";

  static {
    // The authenticated caller is resolved from the token, never sent as a parameter.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  @Bean
  OpenAPI bitacoraOpenApi(
      @Value("${spring.application.name}") String service,
      @Value("${bitacora.api.description:}") String description) {
    return new OpenAPI()
        .info(new Info().title("Bitácora " + service).version("v1").description(description))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
