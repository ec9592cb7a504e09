package id.bansos.core.household;

/** Kinds of disability named by UU 8/2016 (physical, intellectual, mental, sensory). */
public enum DisabilityKind {
  /** Disabilitas fisik. */
  PHYSICAL,
  /** Disabilitas intelektual. */
  INTELLECTUAL,
  /** Disabilitas mental. */
  MENTAL,
  /** Disabilitas sensorik: netra (visual). */
  SENSORY_VISUAL,
  /** Disabilitas sensorik: rungu (hearing). */
  SENSORY_HEARING,
  /** Disabilitas sensorik: wicara (speech). */
  SENSORY_SPEECH,
  /** Disabilitas ganda: more than one kind. */
  MULTIPLE
}
