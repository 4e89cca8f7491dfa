package mx.bitacora.query.tracking;

import mx.bitacora.platform.logging.MessageLogContext;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * While a processor applies an event, the logging context names its processing group and the
 * event's request id, correlation id and acting agency (platform.logging).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingLogContext {

  @Bean
  ConfigurerModule logContextWhileApplying() {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                processing.registerDefaultHandlerInterceptor(
                    (configuration, group) -> MessageLogContext.forProcessingGroup(group)));
  }
}
