package mx.bitacora.web.services;

import java.math.BigDecimal;

/**
 * What a form's fields become in a command's body. The web application judges nothing: an empty
 * field is sent as absent and a quantity that is not a number as the text typed, so that the
 * service refuses it with its own translated problem.
 */
public final class FormValues {

  private FormValues() {}

  /** The text typed, or null for an empty field. */
  public static String text(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /** A number when the field holds one (Mexican style: a point for decimals), else the text. */
  public static Object number(String typed) {
    String text = text(typed);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }
}
