package mx.bitacora.query.rows;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Converts a column's value into one of the events' typed ids ({@code AgencyId}, {@code ShelterId},
 * {@code ReferralId}…): a record of package {@code mx.bitacora.events} with one component, built by
 * its canonical constructor from a value of that component's type.
 */
final class TypedIds implements ConditionalGenericConverter {

  private static final String EVENTS = "mx.bitacora.events.";

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return null; // any pair matches() accepts
  }

  @Override
  public boolean matches(TypeDescriptor source, TypeDescriptor target) {
    Class<?> type = target.getType();
    if (!type.isRecord() || !type.getName().startsWith(EVENTS)) {
      return false;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1
        && components[0].getType().isAssignableFrom(source.getObjectType());
  }

  @Override
  public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    if (source == null) {
      return null;
    }
    Class<?> type = targetType.getType();
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(component(type));
      return canonical.newInstance(source);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "cannot make a " + type.getSimpleName() + " of " + source, e);
    }
  }

  private static Class<?> component(Class<?> type) {
    return type.getRecordComponents()[0].getType();
  }
}
