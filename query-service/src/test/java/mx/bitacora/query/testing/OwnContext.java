package mx.bitacora.query.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link QueryServiceTest} that gets an application context and an empty database of its own,
 * closed after the class: for tests that read what the whole log or a whole table holds (totals,
 * the audit trail, the overview), leave dead letters or replay every group, so they neither see nor
 * disturb the classes that share a context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "bitacora.test.context=own")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OwnContext {}
