/** Exact amounts of rupiah ({@link id.bansos.core.money.Rupiah}); no floating point. */
@NullMarked
package id.bansos.core.money;

import org.jspecify.annotations.NullMarked;
