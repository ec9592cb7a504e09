/**
 * The provincial catalog ({@link id.bansos.rules.program.JawaTimur}) and, in one sub-package per
 * program, each program's whole rule.
 */
@NullMarked
package id.bansos.rules.program;

import org.jspecify.annotations.NullMarked;
