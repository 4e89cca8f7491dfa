package mx.bitacora.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import mx.bitacora.command.apitest.CommandApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full command-service on a random port, dev profile, configured from command-service.yml, with
 * the network's agencies registered ({@link RegisteredNetwork}), on a fresh database made when the
 * context starts ({@link OneDatabasePerContext}). Classes with the same configuration share one
 * context and its database, so each uses ids of its own and checks only what it wrote; a class that
 * needs other properties gets a context (and a database) of its own. A {@link CommandApi} is a bean
 * of the context, to send requests and check problems and stored events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      CommandServiceApplication.CONFIG_NAME,
      // Contexts (and their pools) stay cached for the whole run, and builds of other worktrees
      // share PostgreSQL's connections: keep each pool small.
      "spring.datasource.hikari.maximum-pool-size=4"
    })
@ActiveProfiles("dev")
@ContextConfiguration(initializers = OneDatabasePerContext.class)
@Import({RegisteredNetwork.class, CommandApi.class})
public @interface CommandServiceTest {}
