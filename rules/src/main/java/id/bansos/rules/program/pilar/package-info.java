/**
 * The social pillars (pilar sosial) of Dinsos Jatim: the quarterly incentives of TKSK, Tagana and
 * the coordinators of PKH Plus companions.
 */
@NullMarked
package id.bansos.rules.program.pilar;

import org.jspecify.annotations.NullMarked;
