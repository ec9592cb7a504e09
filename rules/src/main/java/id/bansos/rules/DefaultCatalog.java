package id.bansos.rules;

import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.extremepoverty.ExtremePoverty2023;
import id.bansos.rules.program.jps.JpsKelurahan2020;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.jps.JpsProvinsi2020;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.program.wrse.Wrse;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.util.List;

/** The provincial catalog, built once. */
final class DefaultCatalog {

  static final Catalog INSTANCE = Catalog.of("Jawa Timur", List.of(
      PkhPlus.program(),
      Aspd.program(),
      Kube.program(),
      Wrse.program(),
      NationalPkh.program(),
      CovidOrphanSupport.program(),
      UptClientProtection.program(),
      JpsKelurahan2020.program(),
      JpsProvinsi2020.program(),
      ExtremePoverty2023.program()));

  private DefaultCatalog() {}
}
