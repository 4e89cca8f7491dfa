package mx.bitacora.platform.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Treats an {@code Accept} header that cannot be parsed as absent (RFC 9110 lets a server ignore
 * it), so the answer — a problem response included — is written as if nothing was asked; without
 * this, Spring could write no body at all for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableAcceptFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(
        readable(request.getHeader(HttpHeaders.ACCEPT)) ? request : new WithoutAccept(request),
        response);
  }

  private static boolean readable(String accept) {
    if (accept == null) {
      return true;
    }
    try {
      MediaType.parseMediaTypes(accept);
      return true;
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  /** The request with its Accept header left out. */
  private static final class WithoutAccept extends HttpServletRequestWrapper {

    WithoutAccept(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return isAccept(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return isAccept(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(UnreadableAcceptFilter::isAccept);
      return Collections.enumeration(names);
    }
  }

  private static boolean isAccept(String name) {
    return HttpHeaders.ACCEPT.equalsIgnoreCase(name);
  }
}
