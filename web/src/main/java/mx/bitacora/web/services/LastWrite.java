package mx.bitacora.web.services;

import java.io.Serializable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The log position of the newest write this person made in this session: every later query asks
 * query-service for views not older than it ({@code notOlderThan}), so a page never shows the world
 * from before what the person just did.
 */
@Component
@SessionScope
public class LastWrite implements Serializable {

  private long position;

  synchronized void advanceTo(long written) {
    position = Math.max(position, written);
  }

  synchronized long position() {
    return position;
  }
}
