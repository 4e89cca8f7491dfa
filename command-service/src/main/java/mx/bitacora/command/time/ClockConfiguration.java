package mx.bitacora.command.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock command handlers take as an extra parameter (Axon resolves it from this bean), so that
 * tests can fix "today". Dates are in the network's time zone, Mexico City's by default.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock networkClock(@Value("${bitacora.time-zone:America/Mexico_City}") ZoneId zone) {
    return Clock.system(zone);
  }
}
