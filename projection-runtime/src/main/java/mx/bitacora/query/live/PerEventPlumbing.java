package mx.bitacora.query.live;

import java.util.Optional;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProjectionTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Wraps every event handler of every projection ({@link ProjectionTables}) once, for all processing
 * groups: each event is applied inside its own {@link EventSavepoint}, so a failing one is
 * dead-lettered without undoing its batch, and, where the projection {@link AnnouncesChanges}, the
 * object it changed is announced when the transaction commits.
 *
 * <p>A handler enhancer, not a processor's interceptor: it must sit inside the dead-letter queue's
 * handling, which catches the failure only after the savepoint has undone the event's writes. Axon
 * applies it to the processors' handlers; {@code tracking.Projections} to rebuilds and "as of"
 * replays.
 */
@Component
class PerEventPlumbing implements HandlerEnhancerDefinition {

  private final EventSavepoint savepoint;
  private final ViewChanges changes;

  PerEventPlumbing(EventSavepoint savepoint, ViewChanges changes) {
    this.savepoint = savepoint;
    this.changes = changes;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    Class<?> projection = original.declaringClass();
    ProjectionTables tables = projection.getAnnotation(ProjectionTables.class);
    if (tables == null
        || !tables.savepointPerEvent()
        || !original.hasAnnotation(EventHandler.class)) {
      return original;
    }
    Optional<AnnouncesChanges> announces =
        Optional.ofNullable(projection.getAnnotation(AnnouncesChanges.class));
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        return savepoint.apply(
            () -> {
              Object result = super.handle(message, target);
              announces.ifPresent(
                  changed ->
                      changes.announceChangeBy(
                          (EventMessage<?>) message, changed.view(), changed.changed()));
              return result;
            });
      }
    };
  }
}
