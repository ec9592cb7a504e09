/**
 * WRSE (Wanita Rawan Sosial Ekonomi) and its 2025 successor Putri Jawara: one-off business
 * support for economically vulnerable women who head their family.
 */
@NullMarked
package id.bansos.rules.program.wrse;

import org.jspecify.annotations.NullMarked;
