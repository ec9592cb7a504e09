/**
 * The 2020 provincial Covid-19 social safety nets (Jaring Pengaman Sosial): the BPNT top-up for
 * kelurahan residents and the provincial cash aid for affected families not covered elsewhere.
 */
@NullMarked
package id.bansos.rules.program.jps;

import org.jspecify.annotations.NullMarked;
