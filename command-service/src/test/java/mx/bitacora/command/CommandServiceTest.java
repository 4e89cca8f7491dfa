package mx.bitacora.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full command-service on a random port, dev profile, configured from command-service.yml, with
 * the network's agencies registered ({@link RegisteredNetwork}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      CommandServiceApplication.CONFIG_NAME,
      // Every test class's context (and its pool) stays cached for the whole run, and builds of
      // other worktrees share PostgreSQL's connections: keep each pool small.
      "spring.datasource.hikari.maximum-pool-size=4"
    })
@ActiveProfiles("dev")
@Import(RegisteredNetwork.class)
public @interface CommandServiceTest {}
