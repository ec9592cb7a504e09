package id.bansos.cli;

import java.io.IOException;

/** Receives household records as they are read, in input order. */
@FunctionalInterface
interface RecordSink {

  /**
   * Takes one record.
   *
   * @param record the record
   * @throws IOException when writing what follows from it fails
   * @throws InterruptedException when the run is interrupted
   */
  void accept(HouseholdRecord record) throws IOException, InterruptedException;

  /**
   * Takes one record still to be built, in input order: a sink that works on several threads
   * may build it on one of them. {@code build} is safe to call from any thread, once.
   *
   * @param build makes the record
   * @throws IOException when writing what follows from it fails
   * @throws InterruptedException when the run is interrupted
   */
  default void acceptLater(java.util.function.Supplier<HouseholdRecord> build)
      throws IOException, InterruptedException {
    accept(build.get());
  }
}
