package mx.bitacora.query.readyourwrites;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the processing groups whose projections a controller's (or one endpoint's) answers are read
 * from: a request with {@code notOlderThan=P} is answered once each of them has processed position
 * P. An empty list declares a view no processor feeds; the parameter is then checked for form and
 * the request answered at once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FedBy {

  /** The processing groups, e.g. {@code shelter-deliveries}; none for a view no processor feeds. */
  String[] value();
}
