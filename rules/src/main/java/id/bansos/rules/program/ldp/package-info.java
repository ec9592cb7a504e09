/**
 * LDP (Layanan Dukungan Psikososial): support for children who lost a parent to Covid-19, with the
 * national Kemensos companion cash (ATENSI YAPI).
 */
@NullMarked
package id.bansos.rules.program.ldp;

import org.jspecify.annotations.NullMarked;
