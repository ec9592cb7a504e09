/** The national PKH (Program Keluarga Harapan) components a family is entitled to. */
@NullMarked
package id.bansos.rules.program.pkh;

import org.jspecify.annotations.NullMarked;
