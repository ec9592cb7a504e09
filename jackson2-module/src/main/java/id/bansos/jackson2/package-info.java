/**
 * JSON for Bansos Jatim on Jackson 2, for applications not yet on Jackson 3 (Spring Boot 3): the
 * same wire format, byte for byte, as {@code id.bansos.jackson}, with the same API. {@link
 * id.bansos.jackson2.BansosJson} gives a safely configured mapper, {@link
 * id.bansos.jackson2.BansosModule} adds the wire format to any Jackson 2 mapper, {@link
 * id.bansos.jackson2.HouseholdReader} and {@link id.bansos.jackson2.AssessmentWriter} stream JSON
 * Lines, {@link id.bansos.jackson2.ExtensionFacts} names the extension facts a reader accepts,
 * and every input error is one {@link id.bansos.jackson2.JsonInputException}. The format is
 * described in {@code docs/json-format.md}; its JSON Schemas ship in the jar under {@code
 * id/bansos/jackson2/schema/}.
 *
 * <p>Nothing here returns or accepts {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package id.bansos.jackson2;

import org.jspecify.annotations.NullMarked;
