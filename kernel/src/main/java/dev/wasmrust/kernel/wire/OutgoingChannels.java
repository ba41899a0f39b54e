package dev.wasmrust.kernel.wire;

import java.util.List;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * jjava's IOPub and stdin channels with their messages written by our {@link WireCodec} (status in
 * replies, precise dates). Both are written from more than one thread (the cell's and the control
 * channel's), so sending is synchronized as in jjava.
 */
final class OutgoingChannels {
    private OutgoingChannels() {}

    static void writeFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size() - 1; i++) {
            socket.sendMore(frames.get(i));
        }
        socket.send(frames.get(frames.size() - 1));
    }

    static final class IOPub extends IOPubChannel {
        private final WireCodec codec;
        private boolean closed;

        IOPub(ZMQ.Context context, WireCodec codec) {
            super(context, null);
            this.codec = codec;
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            if (!closed) {
                OutgoingChannels.writeFrames(this, codec.encode(message));
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            super.close();
        }
    }

    static final class Stdin extends StdinChannel {
        private final WireCodec codec;
        private boolean closed;

        Stdin(ZMQ.Context context, WireCodec codec, org.dflib.jjava.jupyter.messages.HMACGenerator hmac) {
            super(context, hmac);
            this.codec = codec;
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            if (!closed) {
                OutgoingChannels.writeFrames(this, codec.encode(message));
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            super.close();
        }
    }
}
