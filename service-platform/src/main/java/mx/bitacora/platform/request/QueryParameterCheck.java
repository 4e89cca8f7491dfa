package mx.bitacora.platform.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before any of the API's operations runs (and so before anything, such as an access-log entry, is
 * stored): refuses a query parameter the operation does not define ({@link
 * UnknownParameterException}), any parameter value with control characters ({@link
 * ControlCharacterException}) and a query string the container could not decode ({@link
 * MalformedQueryException}). An operation's parameters are its {@code @RequestParam}s, the
 * properties of its {@code @ModelAttribute} query objects, and the service-wide {@link
 * AcceptedQueryParameters}.
 */
class QueryParameterCheck implements HandlerInterceptor {

  /**
   * Set by Tomcat when it could not decode the parameters; it then drops what it could not read.
   */
  private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

  private final Set<String> everywhere = new HashSet<>();
  private final Map<HandlerMethod, Set<String>> defined = new ConcurrentHashMap<>();
  private final Set<HandlerMethod> open = ConcurrentHashMap.newKeySet();

  QueryParameterCheck(List<AcceptedQueryParameters> accepted) {
    accepted.forEach(parameters -> everywhere.addAll(parameters.names()));
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod operation)
        || !operation.getBeanType().getPackageName().startsWith("mx.bitacora")) {
      return true; // actuator, API documentation: not the API's operations
    }
    Set<String> names = defined.computeIfAbsent(operation, this::parametersOf);
    Map<String, String[]> parameters = request.getParameterMap();
    if (request.getAttribute(PARSE_FAILED) != null) {
      throw new MalformedQueryException();
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (!open.contains(operation) && !names.contains(name)) {
        throw new UnknownParameterException(name);
      }
      for (String value : parameter.getValue()) {
        if (ControlCharacters.present(value) || ControlCharacters.present(name)) {
          throw new ControlCharacterException(
              ControlCharacterException.Location.PARAMETER,
              ControlCharacters.present(name) ? "" : name);
        }
      }
    }
    return true;
  }

  private Set<String> parametersOf(HandlerMethod operation) {
    Set<String> names = new HashSet<>(everywhere);
    Parameter[] parameters = operation.getMethod().getParameters();
    for (Parameter parameter : parameters) {
      RequestParam requestParam = parameter.getAnnotation(RequestParam.class);
      if (requestParam != null) {
        if (Map.class.isAssignableFrom(parameter.getType())) {
          open.add(operation); // takes whatever it is given
        }
        names.add(
            StringUtils.hasText(requestParam.name()) ? requestParam.name() : parameter.getName());
      } else if (parameter.isAnnotationPresent(ModelAttribute.class)) {
        names.addAll(propertiesOf(parameter.getType()));
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> propertiesOf(Class<?> type) {
    Set<String> names = new HashSet<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        names.add(component.getName());
      }
    } else {
      for (var property : BeanUtils.getPropertyDescriptors(type)) {
        if (property.getWriteMethod() != null) {
          names.add(property.getName());
        }
      }
    }
    return names;
  }
}
