package mx.bitacora.command.casekeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Builds the case cipher from the configured master key; without one the service stops. */
@Configuration(proxyBeanMethods = false)
class CaseCipherConfiguration {

  @Bean
  CaseCipher caseCipher(CaseKeys keys, Environment environment, ObjectMapper json) {
    return new CaseCipher(keys, MasterKey.from(environment), json);
  }
}
