package id.bansos.examples.boot4;

import id.bansos.jackson.BansosModule;
import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * A Spring Boot 4 service (Jackson 3) that assesses households: {@code POST /assessments} (see
 * {@link AssessmentController}). Its {@code main} listens on port 8080 unless {@code
 * server.port} says otherwise; the tests start it on a mock servlet environment.
 */
@SpringBootApplication
public class AssessmentApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command line
   */
  public static void main(String[] args) {
    SpringApplication.run(AssessmentApplication.class, args);
  }

  /**
   * The wire format on Boot's own {@code JsonMapper}: Boot registers every {@code JacksonModule} bean,
   * so request bodies read as households and assessments write in the documented format.
   *
   * @return the module, reading the provincial catalog's extension facts
   */
  @Bean
  JacksonModule bansosModule() {
    return new BansosModule();
  }

  /**
   * One engine for every request: it is immutable and thread-safe.
   *
   * @return the engine of the provincial catalog
   */
  @Bean
  Engine engine() {
    return Engine.of(JawaTimur.catalog());
  }
}
