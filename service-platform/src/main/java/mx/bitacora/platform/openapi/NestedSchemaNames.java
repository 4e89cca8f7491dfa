package mx.bitacora.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Names the schema of a nested type after its enclosing types ({@code ReferralRequests.Close}, not
 * {@code Close}): several request classes nest records of the same simple name, and springdoc would
 * otherwise describe them all with whichever it met first. A {@code @Schema(name = ...)} on the
 * type still wins.
 */
class NestedSchemaNames implements ModelConverter {

  @Override
  public Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (type.getName() == null || type.getName().isBlank()) {
      JavaType javaType = Json.mapper().constructType(type.getType());
      Class<?> raw = javaType.getRawClass();
      if (raw.isMemberClass()
          && !raw.isEnum()
          && javaType.containedTypeCount() == 0
          && raw.getPackageName().startsWith("mx.bitacora")
          && !named(raw)) {
        type.name(nameOf(raw));
      }
    }
    return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
  }

  private static boolean named(Class<?> type) {
    io.swagger.v3.oas.annotations.media.Schema schema =
        type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    return schema != null && !schema.name().isBlank();
  }

  static String nameOf(Class<?> type) {
    return type.isMemberClass()
        ? nameOf(type.getEnclosingClass()) + "." + type.getSimpleName()
        : type.getSimpleName();
  }
}
