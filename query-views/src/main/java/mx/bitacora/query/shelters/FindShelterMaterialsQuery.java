package mx.bitacora.query.shelters;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import mx.bitacora.events.common.ShelterId;

/**
 * Asks for one page of a shelter's acknowledged lines, optionally of one item and period. Paging
 * out of range ({@code page} from 0, {@code size} 1 to 100) or an item named by an empty or
 * over-long text is a malformed parameter (checked here rather than by bean validation, whose
 * refusals are {@code INVALID_FIELDS}).
 */
record FindShelterMaterialsQuery(
    ShelterId shelterId,
    String item,
    ReceiptPeriod period,
    int page,
    int size,
    ShelterReader reader) {

  static final int MAX_SIZE = 100;
  static final int MAX_ITEM_LENGTH = 300;

  FindShelterMaterialsQuery {
    if (page < 0
        || size < 1
        || size > MAX_SIZE
        || (item != null && (item.isEmpty() || item.length() > MAX_ITEM_LENGTH))) {
      throw new ConstraintViolationException("paging or item out of range", Set.of());
    }
  }

  long offset() {
    return (long) page * size;
  }
}
