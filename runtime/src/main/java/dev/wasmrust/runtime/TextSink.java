package dev.wasmrust.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes output bytes to text for an {@link OutputListener} as they are written. Only the tail of an
 * incomplete UTF-8 sequence (at most 3 bytes) is kept between writes, and text is handed over in chunks
 * of at most {@value #CHUNK} chars, so output never accumulates in the heap.
 */
final class TextSink implements ByteSink {
    static final int CHUNK = 8192;

    private final OutputListener listener;
    private final Decoder out = new Decoder(StdStream.STDOUT);
    private final Decoder err = new Decoder(StdStream.STDERR);

    TextSink(OutputListener listener) {
        this.listener = listener;
    }

    @Override
    public void write(StdStream stream, byte[] b, int off, int len) {
        (stream == StdStream.STDOUT ? out : err).write(b, off, len, false);
    }

    @Override
    public void flush() {
        out.write(new byte[0], 0, 0, true);
        err.write(new byte[0], 0, 0, true);
    }

    private final class Decoder {
        private final StdStream stream;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer pending = ByteBuffer.allocate(8);
        /** Allocated on the first write: most cells print little or nothing to one of the streams. */
        private CharBuffer chars = CharBuffer.allocate(0);

        Decoder(StdStream stream) {
            this.stream = stream;
        }

        void write(byte[] b, int off, int len, boolean end) {
            if ((len > 0 || pending.position() > 0) && chars.capacity() == 0) {
                chars = CharBuffer.allocate(CHUNK);
            }
            int pos = off;
            int limit = off + len;
            // finish a sequence split across writes first, then decode the rest in place
            while (pending.position() > 0 && pos < limit) {
                pending.put(b[pos++]);
                pending.flip();
                decode(pending, false);
                pending.compact();
                if (pending.position() == 0 || pending.position() >= 4) {
                    break;
                }
            }
            ByteBuffer in = ByteBuffer.wrap(b, pos, limit - pos);
            decode(in, end);
            if (in.hasRemaining()) {
                pending.put(in);
            }
            if (end) {
                pending.flip();
                decode(pending, true);
                pending.clear();
                decoder.flush(chars);
                emit();
                decoder.reset();
            } else {
                emit();
            }
        }

        private void decode(ByteBuffer in, boolean end) {
            while (true) {
                var r = decoder.decode(in, chars, end);
                if (r.isOverflow()) {
                    emit();
                } else {
                    return;
                }
            }
        }

        private void emit() {
            if (chars.position() > 0) {
                chars.flip();
                String text = chars.toString();
                chars.clear();
                listener.output(stream, text);
            }
        }
    }
}
