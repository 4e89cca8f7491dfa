package mx.bitacora.query.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A view's answer as rows of (figure, value): every leaf of its JSON, named by its path ({@code
 * totals.REFERRAL_RECEIVED}, {@code byMonth[0].month}); an absent value is empty. What the view
 * answers the caller, and nothing else, is exported.
 */
public final class FigureRows {

  private FigureRows() {}

  public static List<List<String>> of(JsonNode answer) {
    List<List<String>> rows = new ArrayList<>();
    flatten("", answer, rows);
    return rows;
  }

  private static void flatten(String path, JsonNode node, List<List<String>> rows) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), rows);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), rows);
      }
    } else {
      rows.add(List.of(path, node.isNull() ? "" : node.asText()));
    }
  }
}
