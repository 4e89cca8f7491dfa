package mx.bitacora.platform.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the access log that every view returning case data records its reads in. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

  @Bean
  CaseAccessLog caseAccessLog(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ObjectMapper json,
      MeterRegistry meters) {
    return new CountedCaseAccessLog(
        new JdbcCaseAccessLog(jdbc, transactions, json, Clock.systemUTC()), meters);
  }
}
