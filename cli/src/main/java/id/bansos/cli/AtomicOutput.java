package id.bansos.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written under a temporary name in their target directory and moved into place
 * only by {@link #commit()}: a run that fails, is interrupted or is killed leaves no file of its
 * own under a final name, and the earlier run's files where they were (a killed JVM may leave a
 * hidden {@code .NAME.*.part}, {@code .NAME.*.scratch} or {@code .NAME.*.previous} file).
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
   * name keeps a second, hidden name (a hard link, or a copy where the file system has none)
   * until every move has succeeded, and is put back if one fails (a file another program holds
   * open, a folder of that name), so that a failed commit leaves every final name as it was. A
   * final name never goes missing, even if the JVM is killed while the files are moved; only a
   * hidden {@code .NAME.*.previous} file may then stay behind.
   *
   * @throws IOException when a move fails; the earlier files are back under their names then
   */
  synchronized void commit() throws IOException {
    for (Path[] f : files) {
      if (Files.isDirectory(f[1])) {
        throw new IOException(f[1].getFileName() + " is a folder, not a file");
      }
    }
    Map<Path, Path> kept = new HashMap<>();
    List<Path> placed = new ArrayList<>();
    try {
      for (Path[] f : files) {
        if (Files.exists(f[1], LinkOption.NOFOLLOW_LINKS)) {
          kept.put(f[1], keep(f[1]));
        }
      }
      for (Path[] f : files) {
        move(f[0], f[1]);
        placed.add(f[1]);
      }
      committed = true;
    } catch (IOException e) {
      // What this run placed goes: the earlier file back where there was one, else nothing.
      for (Path target : placed) {
        try {
          Path earlier = kept.remove(target);
          if (earlier != null) {
            move(earlier, target);
          } else {
            Files.deleteIfExists(target);
          }
        } catch (IOException undo) {
          e.addSuppressed(undo);
        }
      }
      throw e;
    } finally {
      for (Path copy : kept.values()) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // Best effort: the name is hidden, and the outputs are in place.
        }
      }
    }
  }

  /** A second, hidden name in its folder for what {@code target} holds: a hard link, or a copy. */
  private static Path keep(Path target) throws IOException {
    Path copy = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".",
        ".previous");
    try {
      Files.delete(copy);
      try {
        Files.createLink(copy, target);
      } catch (UnsupportedOperationException | IOException noLink) {
        Files.copy(target, copy);
      }
      return copy;
    } catch (IOException e) {
      Files.deleteIfExists(copy);
      throw e;
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
