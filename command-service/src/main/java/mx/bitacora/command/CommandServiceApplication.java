package mx.bitacora.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts command-service; its configuration lives in {@code command-service*.yml}. */
@SpringBootApplication(scanBasePackages = {"mx.bitacora.command", "mx.bitacora.platform"})
public class CommandServiceApplication {

  /** The name of this service's configuration files (both services can share one classpath). */
  public static final String CONFIG_NAME = "spring.config.name=command-service";

  public static void main(String[] args) {
    new SpringApplicationBuilder(CommandServiceApplication.class).properties(CONFIG_NAME).run(args);
  }
}
