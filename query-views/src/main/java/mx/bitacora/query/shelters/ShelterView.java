package mx.bitacora.query.shelters;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import mx.bitacora.query.referrals.ReferralState;

/**
 * The whole shelter view: its facts and capacity history, the materials it acknowledged, how many
 * of its operating agency's staff completed training, and how many referrals it received per state.
 */
public record ShelterView(
    @JsonUnwrapped ShelterFacts shelter,
    List<CapacityChange> capacityHistory,
    MaterialsReceived materials,
    long trainedStaff,
    Map<ReferralState, Long> referralsReceived) {}
