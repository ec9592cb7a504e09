/** One sub-package per program of the default catalog; each holds the program's whole rule. */
package id.bansos.rules.program;
