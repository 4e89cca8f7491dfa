package mx.bitacora.platform.problem;

import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import mx.bitacora.platform.request.RequestId;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for requests it refuses before any application sees them (a path with
 * {@code %00}, {@code %2F} or {@code %ZZ}, an oversized header): a problem with a code in the
 * caller's language instead of Tomcat's HTML page, never echoing the request.
 */
public class ConnectorProblemValve extends ErrorReportValve {

  private static final String BUNDLE = "platform-messages";

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String code = PlatformProblem.forStatus(HttpStatusCode.valueOf(status)).name();
    String requestId = UUID.randomUUID().toString();
    ResourceBundle messages = messages(request);
    String json =
        "{\"type\":\"urn:bitacora:problem:%s\",\"title\":%s,\"status\":%d,\"detail\":%s,\"instance\":\"urn:bitacora:request:%s\",\"code\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(
                code.toLowerCase(Locale.ROOT),
                quoted(message(messages, code, "title")),
                status,
                quoted(message(messages, code, "detail")),
                requestId,
                code,
                requestId);
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("utf-8");
      response.setHeader(RequestId.HEADER, requestId);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (Exception | LinkageError e) {
      container.getLogger().warn("could not write a problem for a refused request", e);
    }
  }

  private static ResourceBundle messages(Request request) {
    Locale locale;
    try {
      locale = request.getLocale();
    } catch (RuntimeException unreadable) {
      locale = Locale.ROOT;
    }
    Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        chosen,
        ConnectorProblemValve.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String message(ResourceBundle messages, String code, String part) {
    try {
      return messages.getString("problem." + code + "." + part);
    } catch (MissingResourceException unknown) {
      return code;
    }
  }

  /** A JSON string of catalogue text (ours, never the request's). */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
