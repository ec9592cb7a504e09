/**
 * The JSON wire format of Bansos Jatim on Jackson 3: a module for households and assessments, a
 * safely configured mapper, JSON Lines streaming, and JSON Schemas of the format.
 */
module id.bansos.jackson {
  requires static org.jspecify;
  requires transitive id.bansos.rules;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static org.immutables.value.annotations;

  exports id.bansos.jackson;

  provides tools.jackson.databind.JacksonModule with id.bansos.jackson.BansosModule;
}
