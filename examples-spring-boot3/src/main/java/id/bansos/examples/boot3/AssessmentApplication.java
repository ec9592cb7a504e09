package id.bansos.examples.boot3;

// snippet:start
import com.fasterxml.jackson.databind.Module;
import id.bansos.jackson2.BansosModule;
import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
// snippet:end

/**
 * A Spring Boot 3 service (Jackson 2) that assesses households: {@code POST /assessments} (see
 * {@link AssessmentController}). Its {@code main} listens on port 8080 unless {@code
 * server.port} says otherwise; the tests start it on a mock servlet environment.
 */
// snippet:start
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
   * The wire format on Boot's own {@code ObjectMapper}: Boot registers every {@code Module} bean,
   * so request bodies read as households and assessments write in the documented format.
   *
   * @return the module, reading the provincial catalog's extension facts
   */
  @Bean
  Module bansosModule() {
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
// snippet:end
