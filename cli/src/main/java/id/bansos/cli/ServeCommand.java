package id.bansos.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bansos serve}: the HTTP service ({@link HttpService}) on the loopback address by
 * default, until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    resourceBundle = "id.bansos.cli.ServeCommand")
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + HttpService.DEFAULT_PORT,
      descriptionKey = "port")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      descriptionKey = "bind")
  String bind;

  /** Released to stop the service; tests release it, the command line never does. */
  CountDownLatch stop = new CountDownLatch(1);

  @CommandLine.Mixin
  CatalogChoice catalog = new CatalogChoice();

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--port must be from 0 to 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address");
    }
    // The answers hold the NIKs and No. KK sent, and the service asks no one who they are: it
    // serves this machine only, an authenticating proxy in front serving others.
    if (!address.isLoopbackAddress()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind: the service"
          + " listens on this machine only (127.0.0.1, ::1 or localhost); put an authenticating"
          + " proxy in front of it to serve other machines");
    }
    PrintStream out = new PrintStream(new WriterStream(spec.commandLine().getOut()), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true,
        StandardCharsets.UTF_8);
    return HttpService.serve(new InetSocketAddress(address, port), catalog.catalog(), out, err,
        stop);
  }

  /** Bytes to a writer, UTF-8. */
  private static final class WriterStream extends java.io.OutputStream {
    private final java.io.PrintWriter w;
    private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

    WriterStream(java.io.PrintWriter w) {
      this.w = w;
    }

    @Override
    public void write(int b) {
      buf.write(b);
    }

    @Override
    public void flush() {
      w.print(buf.toString(StandardCharsets.UTF_8));
      buf.reset();
      w.flush();
    }
  }
}
