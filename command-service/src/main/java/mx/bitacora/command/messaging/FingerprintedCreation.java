package mx.bitacora.command.messaging;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A creation command whose retries are recognised by a view of it rather than its whole JSON form,
 * e.g. because it carries a ciphertext that differs on every request.
 */
public interface FingerprintedCreation {

  /** What a retry must repeat exactly: serialized as JSON and digested instead of the command. */
  Object fingerprintView();

  /**
   * The view of a command that carries one ciphertext beside its keyed digest: every component of
   * {@code command}, in order, but the ciphertext {@code sealed}, which stands as {@code presence}:
   * whether it was given (the digest tells one plain text from another). Null components are left
   * out, as the services' JSON leaves them out.
   */
  static Map<String, Object> withSealedAsPresence(Record command, String sealed, String presence) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (RecordComponent component : command.getClass().getRecordComponents()) {
      Object value = valueOf(command, component);
      if (component.getName().equals(sealed)) {
        view.put(presence, value != null);
      } else if (value != null) {
        view.put(component.getName(), value);
      }
    }
    if (!view.containsKey(presence)) {
      throw new IllegalArgumentException(command.getClass() + " has no component " + sealed);
    }
    return view;
  }

  private static Object valueOf(Record command, RecordComponent component) {
    Method accessor = component.getAccessor();
    accessor.setAccessible(true); // the commands are package-private records
    try {
      return accessor.invoke(command);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
