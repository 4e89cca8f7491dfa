package mx.bitacora.command;

import mx.bitacora.testsupport.NetworkAgencies;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;

/**
 * Registers the network's agencies ({@link NetworkAgencies}) as soon as a test's command-service is
 * up, since it refuses writes from and about agencies that are not registered and active.
 */
@TestComponent
class RegisteredNetwork implements ApplicationListener<ApplicationReadyEvent> {

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    NetworkAgencies.registerAt("http://127.0.0.1:" + port);
  }
}
