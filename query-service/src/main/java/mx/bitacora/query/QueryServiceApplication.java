package mx.bitacora.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts query-service; its configuration lives in {@code query-service*.yml}. */
@SpringBootApplication(scanBasePackages = {"mx.bitacora.query", "mx.bitacora.platform"})
public class QueryServiceApplication {

  /** The name of this service's configuration files (both services can share one classpath). */
  public static final String CONFIG_NAME = "spring.config.name=query-service";

  public static void main(String[] args) {
    new SpringApplicationBuilder(QueryServiceApplication.class).properties(CONFIG_NAME).run(args);
  }
}
