package mx.bitacora.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the web application; its configuration lives in {@code web.yml}. */
@SpringBootApplication
public class WebApplication {

  /** The name of this application's configuration files. */
  public static final String CONFIG_NAME = "spring.config.name=web";

  public static void main(String[] args) {
    new SpringApplicationBuilder(WebApplication.class).properties(CONFIG_NAME).run(args);
  }
}
