/**
 * The Bansos Jatim domain model: identifiers, regions, money, registers, people and households.
 * Needs nothing but the JDK at run time.
 */
@SuppressWarnings("module") // the qualified export names id.bansos.rules, built after core
module id.bansos.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports id.bansos.core;
  exports id.bansos.core.identity;
  exports id.bansos.core.region;
  exports id.bansos.core.money;
  exports id.bansos.core.registry;
  exports id.bansos.core.household;
  // The recorded facts without an Optional per read, for the engine alone.
  exports id.bansos.core.internal to id.bansos.rules;
}
