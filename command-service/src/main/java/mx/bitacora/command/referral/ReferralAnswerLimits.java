package mx.bitacora.command.referral;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import mx.bitacora.events.referral.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a receiving agency has to answer a referral of each urgency before it is escalated to
 * the commission ({@code bitacora.referrals.answer-limits.<URGENCY>}).
 */
@ConfigurationProperties("bitacora.referrals")
public record ReferralAnswerLimits(Map<Urgency, Duration> answerLimits) {

  /** Refuses to start unless every urgency has a positive limit. */
  public ReferralAnswerLimits {
    if (answerLimits == null) {
      throw new IllegalArgumentException("bitacora.referrals.answer-limits is not configured");
    }
    for (Urgency urgency : Urgency.values()) {
      Duration limit = answerLimits.get(urgency);
      if (limit == null || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException(
            "bitacora.referrals.answer-limits." + urgency + " must be a positive duration");
      }
    }
    answerLimits = Map.copyOf(new EnumMap<>(answerLimits));
  }

  /** The time the receiver has to answer a referral of this urgency. */
  public Duration limitFor(Urgency urgency) {
    return answerLimits.get(urgency);
  }
}
