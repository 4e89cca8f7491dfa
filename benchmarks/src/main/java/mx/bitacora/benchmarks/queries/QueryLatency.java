package mx.bitacora.benchmarks.queries;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.benchmarks.load.Api;
import mx.bitacora.benchmarks.load.Latencies;
import org.HdrHistogram.Histogram;

/**
 * M4: each view asked one request at a time (a user waiting for a page), after a warm-up. A view
 * whose path query-service does not serve yet (404 for the route itself) is reported as not built
 * rather than measured.
 */
public final class QueryLatency {

  /** One view to measure: its name in the report, its path, and whose token asks. */
  public record View(String name, String path, String token) {}

  /** What one view gave; {@code status} is {@code measured}, {@code not built yet} or an error. */
  public record ViewLatency(String name, String path, String status, Latencies latency) {}

  private final Api api = new Api();
  private final String queryService;

  public QueryLatency(String queryServiceUrl) {
    this.queryService = queryServiceUrl;
  }

  /**
   * Measures every view with {@code requests} requests after {@code requests / 10} to warm up, or
   * fewer if {@code secondsPerView} pass first (a view answering in seconds would otherwise hold
   * the suite for many minutes; the report gives each view's number of requests).
   */
  public List<ViewLatency> measure(List<View> views, int requests, double secondsPerView) {
    List<ViewLatency> results = new ArrayList<>();
    for (View view : views) {
      results.add(measure(view, requests, secondsPerView));
    }
    return results;
  }

  private ViewLatency measure(View view, int requests, double secondsPerView) {
    long deadline = System.nanoTime() + (long) (secondsPerView * 1e9);
    String url = queryService + view.path();
    HttpResponse<String> first = api.get(url, view.token());
    if (first.statusCode() == 404) {
      return new ViewLatency(view.name(), view.path(), "not built yet", null);
    }
    if (first.statusCode() != 200) {
      return new ViewLatency(view.name(), view.path(), "answered " + first.statusCode(), null);
    }
    for (int i = 0; i < Math.max(5, requests / 10) && System.nanoTime() < deadline; i++) {
      api.get(url, view.token());
    }
    Histogram micros = Latencies.newHistogram();
    for (int i = 0; i < requests && (i < 20 || System.nanoTime() < deadline); i++) {
      long sent = System.nanoTime();
      HttpResponse<String> answer = api.get(url, view.token());
      long took = (System.nanoTime() - sent) / 1000;
      if (answer.statusCode() != 200) {
        return new ViewLatency(
            view.name(), view.path(), "answered " + answer.statusCode(), Latencies.of(micros));
      }
      micros.recordValue(Math.max(1, took));
    }
    return new ViewLatency(view.name(), view.path(), "measured", Latencies.of(micros));
  }
}
