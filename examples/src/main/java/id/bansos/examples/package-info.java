/**
 * Runnable programs that show the library at work: {@link id.bansos.examples.QuickStart} (three
 * households assessed and explained), {@link id.bansos.examples.SampleData} (synthetic households
 * for the whole province) and {@link id.bansos.examples.Screen} (batch screening of a CSV file).
 *
 * <p>Input formats sit behind {@link id.bansos.examples.InputFormat} and output formats behind
 * {@link id.bansos.examples.DeterminationWriter}, so JSON Lines can be added beside CSV without
 * touching the screening loop. Nothing here prints a NIK, a No. KK or a name to the console.
 */
package id.bansos.examples;
