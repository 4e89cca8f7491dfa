package mx.bitacora.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.platform.security.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes each service's API as bearer-JWT protected, with its real statuses, media types and
 * problems ({@link OperationResponses}) and unique schema names ({@link NestedSchemaNames}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  private static final String BEARER = "bearer-jwt";

  // The shapes of the ids, as their records check them (Slugs, StaffId, CaseReference).
  static final String SLUG = "^[a-z0-9][a-z0-9-]{1,63}$";
  static final String STAFF_ID = "^[a-z0-9][a-z0-9-]{2,63}$";
  static final String CASE_REFERENCE = "^[A-Z0-9-]{6,40}$";

  static {
    // The authenticated caller is resolved from the token, never sent as a parameter.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    SpringDocUtils config = SpringDocUtils.getConfig();
    config.replaceWithSchema(AgencyId.class, slug("An agency's slug, e.g. dif-benito-juarez"));
    config.replaceWithSchema(ShelterId.class, slug("A shelter's slug, e.g. cat-cancun"));
    config.replaceWithSchema(
        StaffId.class,
        new StringSchema().pattern(STAFF_ID).description("A staff member's id, e.g. ana-lopez"));
    config.replaceWithSchema(
        CaseReference.class,
        new StringSchema()
            .pattern(CASE_REFERENCE)
            .description("A case reference: 6 to 40 capitals, digits and hyphens"));
    for (Class<?> id :
        List.of(ReferralId.class, DeliveryId.class, ProjectId.class, TrainingSessionId.class)) {
      config.replaceWithSchema(id, new UUIDSchema());
    }
  }

  private static Schema<String> slug(String description) {
    return new StringSchema().pattern(SLUG).description(description);
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

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void nullables(Schema<?> schema) {
    if (schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
      Schema value = property.getValue();
      if (!required.contains(property.getKey()) && value.get$ref() == null) {
        value.setNullable(true);
        if (value.getEnum() != null && !value.getEnum().contains(null)) {
          value.getEnum().add(null); // OpenAPI 3.0: a nullable enum lists null among its values
        }
      }
    }
  }

  /** The shared problem schema every problem response refers to. */
  @Bean
  OpenApiCustomizer problemSchema() {
    return openApi -> {
      openApi.getComponents().addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema());
      openApi.getComponents().getSchemas().remove("SseEmitter");
      // Jackson writes an absent optional property as null: say so.
      openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::nullables);
      // Statuses in ascending order, so each operation reads as the HTTP status table does.
      openApi.getPaths().values().stream()
          .flatMap(path -> path.readOperations().stream())
          .forEach(ProblemResponses::sort);
    };
  }

  @Bean
  OperationCustomizer operationResponses() {
    return new OperationResponses();
  }

  @Bean
  NestedSchemaNames nestedSchemaNames() {
    return new NestedSchemaNames();
  }
}
