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
    Path tmp = Files.createTempFile(folderOf(abs), "." + abs.getFileName() + ".", ".part");
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
    Path tmp = Files.createTempFile(folderOf(abs), "." + abs.getFileName() + ".", ".scratch");
    scratch.add(tmp);
    return tmp;
  }

  /**
   * Moves every temporary file to its final name, all or none: a file already under a final
   * name is first moved aside, and put back if any move fails (a file another program holds
   * open, a folder of that name), so that a failed commit leaves every final name as it was.
   *
   * @throws IOException when a move fails; nothing was replaced then
   */
  synchronized void commit() throws IOException {
    for (Path[] f : files) {
      if (Files.isDirectory(f[1])) {
        throw new IOException(f[1].getFileName() + " is a folder, not a file");
      }
    }
    List<Path[]> asideFiles = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    try {
      for (Path[] f : files) {
        if (Files.exists(f[1], java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Path aside = Files.createTempFile(f[1].getParent(), "." + f[1].getFileName() + ".",
              ".previous");
          move(f[1], aside);
          asideFiles.add(new Path[] {aside, f[1]});
        }
      }
      for (Path[] f : files) {
        move(f[0], f[1]);
        placed.add(f[1]);
      }
    } catch (IOException e) {
      for (Path p : placed) {
        Files.deleteIfExists(p);
      }
      for (Path[] a : asideFiles) {
        move(a[0], a[1]);
      }
      throw e;
    }
    committed = true;
    for (Path[] a : asideFiles) {
      Files.deleteIfExists(a[0]);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The folder {@code target} is to be written in, said plainly when it cannot be. */
  private static Path folderOf(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a folder, not a file");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("there is no folder " + dir + " to write " + target.getFileName()
          + " in");
    }
    return dir;
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
