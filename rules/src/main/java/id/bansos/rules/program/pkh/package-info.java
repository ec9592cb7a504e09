/** The national PKH (Program Keluarga Harapan) components a family is entitled to. */
package id.bansos.rules.program.pkh;
