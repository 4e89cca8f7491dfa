package mx.bitacora.query.live;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that live streams hear of what a projection's events change: the runtime ({@link
 * PerEventPlumbing}) announces, after each applied event, the rows {@link #changed} selects for
 * {@link #view}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnnouncesChanges {

  /** The view clients watch, e.g. {@code referral}. */
  String view();

  /**
   * SQL over the projection's own tables selecting, by the event's aggregate id (its one
   * parameter), the changed object as columns {@code id}, {@code shelter} (or NULL) and {@code
   * agencies} (a text array); see {@link ViewChanges#announce}.
   */
  String changed();
}
