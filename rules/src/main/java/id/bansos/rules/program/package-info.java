/**
 * The provincial catalog ({@link id.bansos.rules.program.JawaTimur}) and, in one sub-package per
 * program, each program's whole rule.
 */
package id.bansos.rules.program;
