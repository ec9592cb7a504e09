/**
 * JSON for Bansos Jatim: {@link id.bansos.jackson.BansosJson} gives a safely configured mapper,
 * {@link id.bansos.jackson.BansosModule} adds the wire format to any Jackson 3 mapper, {@link
 * id.bansos.jackson.HouseholdReader} and {@link id.bansos.jackson.AssessmentWriter} stream JSON
 * Lines, {@link id.bansos.jackson.ExtensionFacts} names the extension facts a reader accepts,
 * and every input error is one {@link id.bansos.jackson.JsonInputException}. The format is
 * described in {@code docs/json-format.md}; its JSON Schemas ship in the jar under {@code
 * id/bansos/jackson/schema/}.
 */
@NullMarked
package id.bansos.jackson;

import org.jspecify.annotations.NullMarked;
