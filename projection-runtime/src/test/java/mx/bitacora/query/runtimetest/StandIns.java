package mx.bitacora.query.runtimetest;

import java.util.Collection;
import java.util.Set;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.live.ShelterVisibility;
import mx.bitacora.query.tracking.SettledPositions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What other modules provide the runtime in query-service, as the test application has it: no
 * integrity module seals the log here, so nothing is settled (as under the {@code axonserver}
 * profile, where nothing seals either); and there is no shelter view to decide visibility, so every
 * caller may hear of every shelter.
 */
@Configuration(proxyBeanMethods = false)
class StandIns {

  @Bean
  SettledPositions nothingSettled() {
    return new SettledPositions() {
      @Override
      public long settledThrough() {
        return 0;
      }

      @Override
      public Set<Long> holesAmong(Collection<Long> positions) {
        return Set.of();
      }
    };
  }

  @Bean
  ShelterVisibility everyShelterVisible() {
    return (ShelterId shelterId, Actor actor) -> {};
  }
}
