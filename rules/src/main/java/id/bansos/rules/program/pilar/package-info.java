/**
 * The social pillars (pilar sosial) of Dinsos Jatim: the quarterly incentives of TKSK, Tagana and
 * the coordinators of PKH Plus companions.
 */
package id.bansos.rules.program.pilar;
