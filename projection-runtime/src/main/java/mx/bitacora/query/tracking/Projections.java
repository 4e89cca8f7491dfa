package mx.bitacora.query.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathHandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.annotation.MultiHandlerEnhancerDefinition;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The query side's projections by processing group: the same handler beans the processors call, and
 * the tables each writes ({@link ProjectionTables}), found once on first use. Their handlers are
 * wrapped by the application's handler enhancers too (e.g. each event's savepoint), as the
 * processors' are.
 */
@Component
public class Projections {

  private final ApplicationContext context;
  private final List<HandlerEnhancerDefinition> enhancers;
  private volatile Map<String, List<Projection>> byGroup;

  Projections(ApplicationContext context, List<HandlerEnhancerDefinition> enhancers) {
    this.context = context;
    this.enhancers = enhancers;
  }

  /** Every projection of the groups, in a fixed order; unknown groups have none. */
  public List<Projection> of(Collection<String> groups) {
    List<Projection> found = new ArrayList<>();
    for (String group : groups) {
      found.addAll(byGroup().getOrDefault(group, List.of()));
    }
    return found;
  }

  /** Every group that has a projection. */
  public Collection<String> groups() {
    return byGroup().keySet();
  }

  private Map<String, List<Projection>> byGroup() {
    if (byGroup == null) {
      synchronized (this) {
        if (byGroup == null) {
          byGroup = discover();
        }
      }
    }
    return byGroup;
  }

  private Map<String, List<Projection>> discover() {
    Map<String, List<Projection>> found = new LinkedHashMap<>();
    context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
        .sorted((a, b) -> type(a).getName().compareTo(type(b).getName()))
        .forEach(
            bean -> found.computeIfAbsent(group(bean), g -> new ArrayList<>()).add(wrap(bean)));
    return found;
  }

  private Projection wrap(Object bean) {
    Class<?> type = type(bean);
    ProjectionTables tables = type.getAnnotation(ProjectionTables.class);
    if (tables == null) {
      throw new IllegalStateException(type.getName() + " does not name its tables");
    }
    ClassLoader loader = type.getClassLoader();
    EventMessageHandler handler =
        new AnnotationEventHandlerAdapter(
            bean,
            ClasspathParameterResolverFactory.forClassLoader(loader),
            handlerDefinition(loader));
    return new Projection(type.getSimpleName(), List.of(tables.value()), handler);
  }

  /** Axon's handler definitions and enhancers found on the class path, and the application's. */
  private MultiHandlerDefinition handlerDefinition(ClassLoader loader) {
    List<HandlerEnhancerDefinition> all =
        new ArrayList<>(ClasspathHandlerEnhancerDefinition.forClassLoader(loader).getDelegates());
    all.addAll(enhancers);
    return MultiHandlerDefinition.ordered(
        List.of(ClasspathHandlerDefinition.forClassLoader(loader)),
        MultiHandlerEnhancerDefinition.ordered(all));
  }

  private static String group(Object bean) {
    return type(bean).getAnnotation(ProcessingGroup.class).value();
  }

  private static Class<?> type(Object bean) {
    return AopUtils.getTargetClass(bean);
  }

  /** One projection: its class name, the tables it writes and its event handlers. */
  public record Projection(String name, List<String> tables, EventMessageHandler handler) {}
}
