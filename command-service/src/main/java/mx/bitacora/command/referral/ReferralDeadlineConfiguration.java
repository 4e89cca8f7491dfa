package mx.bitacora.command.referral;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the referral answer limits, which Axon hands to the referral's handlers as a bean. */
@Configuration
@EnableConfigurationProperties(ReferralAnswerLimits.class)
class ReferralDeadlineConfiguration {}
