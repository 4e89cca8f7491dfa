package mx.bitacora.command.shelter;

import mx.bitacora.command.casekeys.MasterKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the shelter location cipher over the same master key as the case keys. */
@Configuration(proxyBeanMethods = false)
class ShelterLocationConfiguration {

  @Bean
  ShelterLocationCipher shelterLocationCipher(JdbcTemplate jdbc, Environment environment) {
    return new ShelterLocationCipher(jdbc, MasterKey.from(environment));
  }
}
