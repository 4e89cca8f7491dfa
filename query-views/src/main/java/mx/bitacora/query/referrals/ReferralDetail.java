package mx.bitacora.query.referrals;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import mx.bitacora.query.history.HistoryEntry;

/** Everything recorded about one referral: its summary and its full event history, in order. */
public record ReferralDetail(@JsonUnwrapped ReferralSummary referral, List<HistoryEntry> history) {}
