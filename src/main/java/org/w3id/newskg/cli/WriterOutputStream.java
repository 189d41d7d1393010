package org.w3id.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written by Jena's writers (UTF-8) onto the command's {@link PrintWriter}, so that tests capturing the
 * writer see them too. Buffers until {@link #flush()} so multi-byte characters are never split.
 */
final class WriterOutputStream extends OutputStream implements AutoCloseable {
    private final PrintWriter out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) { this.out = out; }

    @Override
    public void write(int b) { buffer.write(b); }

    @Override
    public void write(byte[] b, int off, int len) { buffer.write(b, off, len); }

    @Override
    public void flush() {
        out.print(buffer.toString(StandardCharsets.UTF_8));
        buffer.reset();
        out.flush();
    }

    @Override
    public void close() { flush(); }
}
