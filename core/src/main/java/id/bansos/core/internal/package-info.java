/**
 * Implementation details of {@code core}, not part of the API: exported to {@code id.bansos.rules}
 * alone, for {@link id.bansos.core.internal.Recorded}.
 */
@NullMarked
package id.bansos.core.internal;

import org.jspecify.annotations.NullMarked;
