package mx.bitacora.command.messaging;

import java.util.OptionalLong;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the global position of the last event a request's command stored into the successful
 * answer's {@value #HEADER} header, so the client can ask query-service for a view not older than
 * its own write. {@link CommandSender} notes the position; error answers never carry it.
 */
@ControllerAdvice
public class EventPositionHeader implements ResponseBodyAdvice<Object> {

  /** The response header carrying the position. */
  public static final String HEADER = "X-Event-Position";

  private static final String ATTRIBUTE = EventPositionHeader.class.getName();

  /** Notes {@code position} for the current request's answer, if there is a current request. */
  static void remember(OptionalLong position) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null && position.isPresent()) {
      request.setAttribute(ATTRIBUTE, position.getAsLong(), RequestAttributes.SCOPE_REQUEST);
    }
  }

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    Object position =
        attributes == null
            ? null
            : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (position != null && successful(response)) {
      response.getHeaders().set(HEADER, position.toString());
    }
    return body;
  }

  private static boolean successful(ServerHttpResponse response) {
    int status =
        response instanceof ServletServerHttpResponse servlet
            ? servlet.getServletResponse().getStatus()
            : 200;
    return status >= 200 && status < 300;
  }
}
