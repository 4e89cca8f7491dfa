package mx.bitacora.query.commission;

import java.time.Duration;
import java.util.Map;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.query.referrals.ReferralState;

/**
 * The overview's counts for one group or the whole network. Referral figures count the referrals
 * the group's agencies receive; {@code referralsAnswered} those with a standing acceptance or
 * decline, whose time to answer (answer minus issue: the business times the agencies stated when
 * both are, the record times otherwise) gives the median and the 90th percentile ({@code
 * percentile_cont}, null when none is answered); {@code escalatedReferrals} those whose answer
 * limit ran out at least once; {@code referralsToFullShelters} those issued to a receiving shelter
 * that had no free place then (as the issue recorded it: the referral is issued all the same;
 * referrals recorded before the fact was kept count as not full). Deliveries are those the group's
 * agencies receive: acknowledged, or pending (planned or dispatched; voided ones count as neither).
 * Completions are those of sessions the group's agencies train, by audience (a session for several
 * audiences counts under each), without voided ones and without those of cancelled sessions; {@code
 * trainingCompletionsGiven} counts them once each (credited to the trainer agency), {@code
 * trainingCompletionsReceived} counts the completions of the group's agencies' own staff (credited
 * to the trainees' agencies, whoever trained them).
 *
 * <p>Each referral count is also given as text ({@code referralsByStateShown}, {@code
 * referralsAnsweredShown}, ...). A compliance reviewer sees a count from 1 to 4 as "<5", and the
 * counts that would give it away (the total less the other counts, a group's less the others') as
 * "withheld", the number itself null (left out of the maps) ({@link
 * mx.bitacora.query.smallcounts.SmallCounts}); and no median or 90th percentile over fewer than 5
 * answered referrals (null). Deliveries and training completions count neither referrals nor
 * victims: plain for all.
 */
public record OverviewFigures(
    Map<ReferralState, Long> referralsByState,
    Map<ReferralState, String> referralsByStateShown,
    Map<Urgency, Long> referralsByUrgency,
    Map<Urgency, String> referralsByUrgencyShown,
    Long referralsAnswered,
    String referralsAnsweredShown,
    Duration medianTimeToAnswer,
    Duration p90TimeToAnswer,
    Long escalatedReferrals,
    String escalatedReferralsShown,
    Long referralsToFullShelters,
    String referralsToFullSheltersShown,
    long deliveriesAcknowledged,
    long deliveriesPending,
    Map<TrainingAudience, Long> trainingCompletionsByAudience,
    long trainingCompletionsGiven,
    long trainingCompletionsReceived) {}
