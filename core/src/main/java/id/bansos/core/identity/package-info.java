/**
 * Identifiers of people and families: {@link id.bansos.core.identity.Nik} (Nomor Induk
 * Kependudukan) and {@link id.bansos.core.identity.KkNumber} (Nomor Kartu Keluarga). Both mask
 * themselves in {@code toString} and never put the full number in an exception message.
 */
@NullMarked
package id.bansos.core.identity;

import org.jspecify.annotations.NullMarked;
