/**
 * The Bansos Jatim eligibility engine and the programs of Dinas Sosial Provinsi Jawa Timur.
 */
module id.bansos.rules {
  requires static org.jspecify;
  requires transitive id.bansos.core;

  exports id.bansos.rules;
  exports id.bansos.rules.criteria;
  exports id.bansos.rules.param;
  exports id.bansos.rules.program;
  exports id.bansos.rules.program.pkhplus;
  exports id.bansos.rules.program.aspd;
  exports id.bansos.rules.program.pkh;
  exports id.bansos.rules.program.ldp;
  exports id.bansos.rules.program.upt;
  exports id.bansos.rules.program.jps;
  exports id.bansos.rules.program.extremepoverty;
  exports id.bansos.rules.program.kube;
  exports id.bansos.rules.program.wrse;
  exports id.bansos.rules.program.pilar;
  exports id.bansos.rules.report;
}
