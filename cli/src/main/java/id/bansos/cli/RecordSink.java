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
}
