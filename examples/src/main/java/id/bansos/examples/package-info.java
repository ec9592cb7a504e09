/**
 * Runnable programs that show the library at work: {@link id.bansos.examples.QuickStart} (three
 * households assessed and explained), {@link id.bansos.examples.SampleData} (synthetic households
 * for the whole province, as CSV or JSON Lines), {@link id.bansos.examples.Screen} (batch
 * screening of a CSV or JSON Lines file) and {@link id.bansos.examples.HttpService} (the library
 * behind an HTTP endpoint on the JDK's own server). {@code id.bansos.examples.regency} shows a
 * regency's local program with a fact of its own and its derived catalog.
 *
 * <p>Input formats sit behind {@link id.bansos.examples.InputFormat} and output formats behind
 * {@link id.bansos.examples.DeterminationWriter}, so the screening loop does not know which one
 * it reads or writes. Nothing here prints a NIK, a No. KK or a name to the console.
 */
package id.bansos.examples;
