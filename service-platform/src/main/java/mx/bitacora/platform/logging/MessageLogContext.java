package mx.bitacora.platform.logging;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * While a message is handled, the logging context names its request id, correlation id and acting
 * agency (from its metadata, as the command side stamps them) and, for a processor, its processing
 * group. Correlation id: the metadata's, else the message's own id (a command starts its chain).
 */
public final class MessageLogContext<T extends Message<?>> implements MessageHandlerInterceptor<T> {

  private final String processingGroup;

  private MessageLogContext(String processingGroup) {
    this.processingGroup = processingGroup;
  }

  /** For a command bus's handlers. */
  public static <T extends Message<?>> MessageLogContext<T> forCommands() {
    return new MessageLogContext<>(null);
  }

  /** For the handlers of processing group {@code group}. */
  public static <T extends Message<?>> MessageLogContext<T> forProcessingGroup(String group) {
    return new MessageLogContext<>(group);
  }

  @Override
  public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain)
      throws Exception {
    Message<?> message = unitOfWork.getMessage();
    Map<String, Object> values = new HashMap<>();
    values.put(LogContext.REQUEST_ID, message.getMetaData().get(LogContext.REQUEST_ID));
    values.put(LogContext.ACTOR_AGENCY, message.getMetaData().get(LogContext.ACTOR_AGENCY));
    Object correlation = message.getMetaData().get(LogContext.CORRELATION_ID);
    values.put(
        LogContext.CORRELATION_ID, correlation != null ? correlation : message.getIdentifier());
    values.put(LogContext.PROCESSING_GROUP, processingGroup);
    try (LogContext.Scope scope = LogContext.with(values)) {
      return chain.proceed();
    }
  }
}
