package mx.bitacora.platform.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Tomcat report the requests it refuses itself with {@link ConnectorProblemValve}. */
@Configuration(proxyBeanMethods = false)
public class ConnectorProblemConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorProblems() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ConnectorProblemValve.class.getName());
              }
            });
  }
}
