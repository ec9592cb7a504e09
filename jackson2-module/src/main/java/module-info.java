/**
 * The JSON wire format of Bansos Jatim on Jackson 2, the same as that of {@code id.bansos.jackson}
 * on Jackson 3: a module for households and assessments, a safely configured mapper, JSON Lines
 * streaming, and JSON Schemas of the format.
 */
@SuppressWarnings("module") // the name the artifact calls for: it ends in the Jackson line
module id.bansos.jackson2 {
  requires transitive id.bansos.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports id.bansos.jackson2;

  provides com.fasterxml.jackson.databind.Module with id.bansos.jackson2.BansosModule;
}
