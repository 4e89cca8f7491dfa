package mx.bitacora.command.occupancy;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The occupancy lookup's processing group subscribes to the event bus: Axon calls it while the
 * command's unit of work prepares to commit, in the transaction that appends the events, so the
 * lookup table and the log commit or roll back together (Axon's advice for set-based validation). A
 * failing handler fails the command instead of being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class ShelterOccupancyConfiguration {

  @Autowired
  void subscribeInTheAppendingTransaction(EventProcessingConfigurer processing) {
    processing
        .registerSubscribingEventProcessor(ShelterOccupancyProjection.GROUP)
        .registerListenerInvocationErrorHandler(
            ShelterOccupancyProjection.GROUP, configuration -> PropagatingErrorHandler.instance());
  }
}
