package mx.bitacora.query.readyourwrites;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Finds the processing groups an endpoint is {@link FedBy fed by}: on its method, else its class.
 */
public final class Feeds {

  private Feeds() {}

  /** The endpoint's groups; empty if it declares none (not a query endpoint). */
  public static Optional<List<String>> of(HandlerMethod endpoint) {
    FedBy onMethod = endpoint.getMethodAnnotation(FedBy.class);
    FedBy fedBy =
        onMethod != null
            ? onMethod
            : AnnotatedElementUtils.findMergedAnnotation(endpoint.getBeanType(), FedBy.class);
    return Optional.ofNullable(fedBy).map(found -> List.of(found.value()));
  }
}
