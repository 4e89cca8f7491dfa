package mx.bitacora.query.shelters;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import mx.bitacora.query.referrals.ReferralState;

/**
 * The whole shelter view: its facts and capacity history, the materials it acknowledged, how many
 * of its operating agency's staff completed training, and how many referrals it received per state,
 * each also as text ({@code referralsReceivedShown}): to a compliance reviewer a count from 1 to 4
 * as "<5" and one that would give it away as "withheld", the number left out of {@code
 * referralsReceived} ({@link ShelterCounts}).
 */
public record ShelterView(
    @JsonUnwrapped ShelterFacts shelter,
    List<CapacityChange> capacityHistory,
    MaterialsReceived materials,
    long trainedStaff,
    Map<ReferralState, Long> referralsReceived,
    Map<ReferralState, String> referralsReceivedShown) {}
