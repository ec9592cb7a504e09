package id.bansos.rules.program;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.rules.Catalog;
import id.bansos.rules.Program;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.extremepoverty.ExtremePoverty2023;
import id.bansos.rules.program.jps.JpsKelurahan2020;
import id.bansos.rules.program.jps.JpsProvinsi2020;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pilar.PilarSosial;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkhplus.PkhPlus;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.program.wrse.Wrse;
import id.bansos.rules.report.CatalogReport;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program declared anew is the shared one: the same criteria, parameters, dated values and
 * sources. Declaring anew ({@link Declared}) is also what lets mutation testing see a mutation
 * of the declaring code, such as the parameters' timelines (docs/testing.md).
 */
class FreshDeclarationTest {

  static Stream<Class<?>> programs() {
    return Stream.of(Aspd.class, ExtremePoverty2023.class, JpsKelurahan2020.class,
        JpsProvinsi2020.class, Kube.class, CovidOrphanSupport.class, PilarSosial.class,
        NationalPkh.class, PkhPlus.class, UptClientProtection.class, Wrse.class);
  }

  @ParameterizedTest
  @MethodSource("programs")
  void declaredAnewItIsTheSharedProgram(Class<?> type) throws ReflectiveOperationException {
    Program shared = (Program) type.getMethod("program").invoke(null);
    Program fresh = Declared.anew(type);

    assertThat(fresh).isNotSameAs(shared);
    assertThat(fresh.info()).isEqualTo(shared.info());
    assertThat(fresh.criteria()).isEqualTo(shared.criteria());
    assertThat(fresh.reads()).isEqualTo(shared.reads());
    assertThat(fresh.parameters()).extracting(Parameter::timeline)
        .isEqualTo(shared.parameters().stream().map(Parameter::timeline).toList());
    assertThat(CatalogReport.markdown(Catalog.of("fresh", List.of(fresh))))
        .isEqualTo(CatalogReport.markdown(Catalog.of("fresh", List.of(shared))));
    assertThat(JawaTimur.catalog().program(shared.info().code())).containsSame(shared);
  }
}
