package mx.bitacora.query.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words exports in the caller's language: column headings ({@code export.column.<key>}) and each
 * figure's description, its path worded part by part ({@code figure.<part>}, a list's index as its
 * number from 1), so a spreadsheet shows "Canalizaciones por estado · En espera de respuesta"
 * beside the key {@code referralsByState.AWAITING_ANSWER}, which stays the same in every language.
 */
@Component
public class ExportWording {

  private static final Pattern PART = Pattern.compile("([^\\[\\]]+)(?:\\[(\\d+)])?");

  private final MessageSource messages;

  ExportWording(MessageSource messages) {
    this.messages = messages;
  }

  public List<String> columns(List<String> keys, Locale locale) {
    return keys.stream()
        .map(key -> messages.getMessage("export.column." + key, null, key, locale))
        .toList();
  }

  public String figure(String path, Locale locale) {
    List<String> words = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher named = PART.matcher(part);
      if (!named.matches()) {
        words.add(part);
        continue;
      }
      String word = messages.getMessage("figure." + named.group(1), null, named.group(1), locale);
      words.add(
          named.group(2) == null ? word : word + " " + (Integer.parseInt(named.group(2)) + 1));
    }
    return String.join(" · ", words);
  }

  /** (key, value) rows as (key, description, value): what {@link FigureRows} gives, described. */
  public List<List<String>> described(List<List<String>> figures, Locale locale) {
    return figures.stream()
        .map(row -> List.of(row.get(0), figure(row.get(0), locale), row.get(1)))
        .toList();
  }
}
