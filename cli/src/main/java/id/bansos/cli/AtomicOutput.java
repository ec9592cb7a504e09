package id.bansos.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Output files written under a temporary name in their target directory and moved into place
 * only by {@link #commit()}: a run that fails, is interrupted or is killed leaves no file under a
 * final name (a killed JVM may leave a hidden {@code .NAME.*.part} or {@code .NAME.*.scratch}
 * file, never {@code NAME}).
 */
final class AtomicOutput implements AutoCloseable {

  private final List<Path[]> files = new ArrayList<>();
  private final List<Path> scratch = new ArrayList<>();
  private final Thread cleaner = new Thread(this::shutDown, "bansos-cleanup");
  private boolean committed;
  // Set when the JVM shuts down: a file made after the clean-up would never be deleted.
  private boolean shuttingDown;

  AtomicOutput() {
    try {
      Runtime.getRuntime().addShutdownHook(cleaner);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: nothing will be written anyway.
    }
  }

  /**
   * A temporary file for {@code target}, in the same directory.
   *
   * @param target the final name
   * @return the temporary file to write
   * @throws IOException when it cannot be created
   */
  synchronized Path temporary(Path target) throws IOException {
    refuseWhenShuttingDown();
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
    files.add(new Path[] {tmp, abs});
    return tmp;
  }

  /**
   * A scratch file for the writing of {@code target}, in the same directory: deleted when this
   * closes or the JVM shuts down, whether or not the run succeeded, and never moved.
   *
   * @param target the final name of the file being written
   * @return the scratch file, empty
   * @throws IOException when it cannot be created
   */
  synchronized Path scratch(Path target) throws IOException {
    refuseWhenShuttingDown();
    Path abs = target.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".scratch");
    scratch.add(tmp);
    return tmp;
  }

  /**
   * Moves every temporary file to its final name.
   *
   * @throws IOException when a move fails
   */
  synchronized void commit() throws IOException {
    for (Path[] f : files) {
      try {
        Files.move(f[0], f[1], StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(f[0], f[1], StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  private void refuseWhenShuttingDown() throws IOException {
    if (shuttingDown) {
      throw new IOException("the run is being stopped");
    }
  }

  private synchronized void shutDown() {
    shuttingDown = true;
    deleteTemporaries();
  }

  private synchronized void deleteTemporaries() {
    List<Path> temporaries = new ArrayList<>(scratch);
    if (!committed) {
      for (Path[] f : files) {
        temporaries.add(f[0]);
      }
    }
    for (Path tmp : temporaries) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // Best effort: the file has a temporary name anyway.
      }
    }
  }

  /** Deletes the scratch files, and the temporary files that were not committed. */
  @Override
  public void close() {
    deleteTemporaries();
    try {
      Runtime.getRuntime().removeShutdownHook(cleaner);
    } catch (IllegalStateException e) {
      // Shutting down: the hook runs, or has run.
    }
  }
}
