package mx.bitacora.platform.request;

import java.util.Set;

/**
 * Query parameters a service reads for every operation outside the controllers' own parameters
 * (e.g. a read's {@code notOlderThan}); each such bean widens what {@link QueryParameterCheck}
 * accepts.
 */
public record AcceptedQueryParameters(Set<String> names) {

  public AcceptedQueryParameters {
    names = Set.copyOf(names);
  }
}
