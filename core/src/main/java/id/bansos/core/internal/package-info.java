/** Implementation details of {@code core}; not exported, not part of the API. */
@NullMarked
package id.bansos.core.internal;

import org.jspecify.annotations.NullMarked;
