package mx.bitacora.web.services;

import java.util.UUID;

/**
 * The idempotency key a form carries from the moment it is shown: sent as {@code Idempotency-Key}
 * with the command, so a double click or a resent form records the fact once. A form shown again
 * after a refusal gets a new one (the corrected request is a different request).
 */
public final class FormKey {

  private FormKey() {}

  public static String fresh() {
    return UUID.randomUUID().toString();
  }

  /** Whether {@code key} can be sent as it came from the form (1 to 128 safe characters). */
  static boolean usable(String key) {
    return key != null && key.matches("[A-Za-z0-9._:-]{1,128}");
  }
}
