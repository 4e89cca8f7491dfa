package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import mx.bitacora.events.common.Official;
import mx.bitacora.query.history.HistoryEntry;

/**
 * Everything recorded about one delivery: its summary, who witnessed it and who received it, and
 * its full event history in the order the facts were recorded.
 */
public record DeliveryDetail(
    @JsonUnwrapped DeliverySummary delivery,
    List<Official> witnesses,
    Official receivedBy,
    List<HistoryEntry> history) {}
