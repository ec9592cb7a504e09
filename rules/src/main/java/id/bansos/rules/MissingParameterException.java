package id.bansos.rules;

import id.bansos.rules.param.ParameterKey;

/** Stops a program's evaluation when a required parameter has no value on the date. */
final class MissingParameterException extends RuntimeException {

  private final transient ParameterKey<?> key;

  MissingParameterException(ParameterKey<?> key) {
    super(key.name(), null, false, false);
    this.key = key;
  }

  ParameterKey<?> key() {
    return key;
  }
}
