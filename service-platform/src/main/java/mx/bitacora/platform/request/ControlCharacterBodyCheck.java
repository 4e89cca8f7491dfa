package mx.bitacora.platform.request;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses every request body that holds control characters in any text, however deep (records,
 * lists, maps), before validation and before any command exists: one check for every field of every
 * operation, so no new field can forget it.
 */
@ControllerAdvice
class ControlCharacterBodyCheck extends RequestBodyAdviceAdapter {

  /** Deeper than any request body the API defines; guards against cycles. */
  private static final int MAX_DEPTH = 16;

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    check(body, "", 0);
    return body;
  }

  static void check(Object value, String path, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof CharSequence text) {
      if (ControlCharacters.present(text)) {
        throw new ControlCharacterException(ControlCharacterException.Location.FIELD, path);
      }
    } else if (value instanceof Collection<?> elements) {
      int index = 0;
      for (Object element : elements) {
        check(element, path + "[" + index++ + "]", depth + 1);
      }
    } else if (value instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (ControlCharacters.present(key)) {
          throw new ControlCharacterException(ControlCharacterException.Location.FIELD, path);
        }
        check(entry.getValue(), join(path, key), depth + 1);
      }
    } else if (value instanceof Object[] elements) {
      for (int i = 0; i < elements.length; i++) {
        check(elements[i], path + "[" + i + "]", depth + 1);
      }
    } else if (value.getClass().isRecord()) {
      RecordComponent[] components = value.getClass().getRecordComponents();
      for (RecordComponent component : components) {
        // A one-component record is a typed value (an id): its field is the parent's.
        String name =
            components.length == 1 && !path.isEmpty() ? path : join(path, component.getName());
        check(read(component.getAccessor(), value), name, depth + 1);
      }
    }
  }

  private static Object read(Method accessor, Object record) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
