package mx.bitacora.web.reviews;

import mx.bitacora.web.services.FormKey;

/** Gives each form a page shows its own fresh idempotency key ({@code ${formKeys.fresh()}}). */
public final class FormKeys {

  public String fresh() {
    return FormKey.fresh();
  }
}
