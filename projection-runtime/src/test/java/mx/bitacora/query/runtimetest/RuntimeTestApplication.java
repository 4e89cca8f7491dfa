package mx.bitacora.query.runtimetest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The projection runtime as an application of its own, for its tests: the runtime's packages and
 * the platform's, one sample projection ({@link SampleNotesProjection}) with its controller ({@link
 * SampleNotesController}), and stand-ins for the seams other modules fill in query-service ({@link
 * StandIns}). Its configuration is {@code runtime-test.yml}.
 */
@SpringBootApplication(scanBasePackages = {"mx.bitacora.query", "mx.bitacora.platform"})
public class RuntimeTestApplication {

  /** The name of its configuration file. */
  public static final String CONFIG_NAME = "spring.config.name=runtime-test";
}
