package mx.bitacora.query.tracking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@code read_model} tables a projection writes, and that only it writes. An "as of" read
 * (package {@code timetravel}) replays the log into empty copies of exactly these tables, so a
 * projection's SQL names them unqualified and every table it touches must be listed here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProjectionTables {

  /**
   * The tables' names, without the schema, e.g. {@code referral}; a table before those whose
   * foreign keys reference it.
   */
  String[] value();

  /**
   * Whether the runtime applies each event inside a savepoint of its own (see {@link
   * EventSavepoint}); only a projection that writes nothing while handling an event does without.
   */
  boolean savepointPerEvent() default true;
}
