package mx.bitacora.query.tracking;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets an event handler take a {@link RecordedEvent} parameter: the event's sequence number, record
 * time, metadata and log position, as {@code @SequenceNumber}, {@code @Timestamp}, {@code MetaData}
 * and {@code TrackingToken} parameters would give them. Registered with Axon through {@code
 * META-INF/services}.
 */
public class RecordedEventParameterResolverFactory implements ParameterResolverFactory {

  @Override
  public ParameterResolver<RecordedEvent> createInstance(
      Executable executable, Parameter[] parameters, int parameterIndex) {
    return RecordedEvent.class.equals(parameters[parameterIndex].getType())
        ? new RecordedEventResolver()
        : null;
  }

  private static final class RecordedEventResolver implements ParameterResolver<RecordedEvent> {

    @Override
    public RecordedEvent resolveParameterValue(Message<?> message) {
      return RecordedEvent.of((DomainEventMessage<?>) message);
    }

    @Override
    public boolean matches(Message<?> message) {
      return message instanceof DomainEventMessage<?>;
    }
  }
}
