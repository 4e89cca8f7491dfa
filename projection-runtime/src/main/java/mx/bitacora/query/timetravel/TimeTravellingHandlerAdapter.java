package mx.bitacora.query.timetravel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.bitacora.query.readyourwrites.Feeds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring MVC's handler adapter, which runs an endpoint's whole handling — the read and writing its
 * answer — inside {@link TimeTravel} when the request asks "as of" a past moment. Only views fed by
 * processors can be replayed; asking it of any other endpoint is {@link AsOfNotAvailable}.
 */
class TimeTravellingHandlerAdapter extends RequestMappingHandlerAdapter {

  private final ObjectProvider<TimeTravel> timeTravel;
  private final Clock clock;

  TimeTravellingHandlerAdapter(ObjectProvider<TimeTravel> timeTravel, Clock clock) {
    this.timeTravel = timeTravel;
    this.clock = clock;
  }

  @Override
  protected ModelAndView handleInternal(
      HttpServletRequest request, HttpServletResponse response, HandlerMethod endpoint)
      throws Exception {
    Optional<AsOf> asOf = AsOf.from(request, clock);
    if (asOf.isEmpty()) {
      return super.handleInternal(request, response, endpoint);
    }
    List<String> groups = Feeds.of(endpoint).orElse(List.of());
    TimeTravel available = timeTravel.getIfAvailable();
    if (groups.isEmpty() || available == null) {
      throw new AsOfNotAvailable();
    }
    return available.answer(
        asOf.get(), groups, response, () -> super.handleInternal(request, response, endpoint));
  }

  /** Asked "as of" of an endpoint that no processor feeds, or in a deployment without replay. */
  static final class AsOfNotAvailable extends RuntimeException {
    AsOfNotAvailable() {
      super("no as-of answer for this endpoint", null, false, false);
    }
  }
}
