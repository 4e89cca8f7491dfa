package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as text with one edit at one place in it: the value there replaced by raw JSON
 * text (which may be anything, e.g. {@code 1e400} or 10,000 levels of nesting), its key left out,
 * or its key written twice. No JSON library writes such documents.
 */
final class JsonText {

  /** What to do at the edited place. */
  enum Edit {
    REPLACE,
    REMOVE,
    DUPLICATE
  }

  private final List<Object> at;
  private final Edit edit;
  private final String raw;

  private JsonText(List<Object> at, Edit edit, String raw) {
    this.at = at;
    this.edit = edit;
    this.raw = raw;
  }

  /**
   * {@code tree} with the value at {@code at} (field names and indexes) replaced by {@code raw}.
   */
  static String replacing(JsonNode tree, List<Object> at, String raw) {
    return new JsonText(at, Edit.REPLACE, raw).write(tree);
  }

  /** {@code tree} without the field at {@code at}. */
  static String removing(JsonNode tree, List<Object> at) {
    return new JsonText(at, Edit.REMOVE, null).write(tree);
  }

  /**
   * {@code tree} with the field at {@code at} written twice, the second time with the value {@code
   * raw} (or its own again when null).
   */
  static String duplicating(JsonNode tree, List<Object> at, String raw) {
    return new JsonText(at, Edit.DUPLICATE, raw).write(tree);
  }

  /** A JSON string literal of {@code text}, escaped as JSON requires. */
  static String quoted(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }

  private String write(JsonNode tree) {
    StringBuilder out = new StringBuilder();
    write(tree, new ArrayList<>(), out);
    return out.toString();
  }

  private void write(JsonNode node, List<Object> path, StringBuilder out) {
    if (edit == Edit.REPLACE && path.equals(at)) {
      out.append(raw);
    } else if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        path.add(field.getKey());
        boolean here = path.equals(at);
        int times = here && edit == Edit.REMOVE ? 0 : here && edit == Edit.DUPLICATE ? 2 : 1;
        for (int i = 0; i < times; i++) {
          out.append(first ? "" : ",").append(quoted(field.getKey())).append(':');
          if (i == 1 && raw != null) {
            out.append(raw);
          } else {
            write(field.getValue(), path, out);
          }
          first = false;
        }
        path.removeLast();
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        out.append(i == 0 ? "" : ",");
        write(node.get(i), path, out);
        path.removeLast();
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }
}
