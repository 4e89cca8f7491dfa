package mx.bitacora.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a page of the service's answer stands: its number (from 0), of how many, in all. */
record Paging(int page, int pages, long total) {

  static Paging of(JsonNode answer) {
    int size = Math.max(1, answer.path("size").asInt(1));
    long total = answer.path("totalElements").asLong();
    return new Paging(
        answer.path("page").asInt(), (int) Math.max(1, (total + size - 1) / size), total);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages;
  }
}
