package dev.wasmrust.kernel.wire;

import dev.wasmrust.kernel.KernelLog;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The shell or control channel. jjava's {@link ShellChannel} polls without waiting and then sleeps 50 ms
 * after every message, which puts a 50 ms floor under every request; its reader also ends the channel's
 * thread on the first bad message. This one waits in {@code poll} (which returns as soon as a message
 * arrives), handles every queued message without sleeping, and logs and drops a message it cannot accept.
 * Handlers are jjava's ({@link JupyterConnection#getHandler}), run on this channel's own thread.
 */
public final class KernelChannel extends ShellChannel {
    /** How long one poll waits before looking at the stop flag; a message ends the wait at once. */
    private static final int POLL_MILLIS = 100;
    /** Cells run on the shell thread, and the compiler recurses deeply on deeply nested input. */
    private static final long STACK_BYTES = 256L << 20;

    private final boolean control;
    private final JupyterConnection connection;
    private final WireCodec codec;
    private final KernelLog log;
    private volatile boolean running;
    private volatile boolean abortQueuedExecutes;
    private Thread thread;
    private boolean closedUnbound;

    public KernelChannel(ZMQ.Context context, WireCodec codec, boolean control, JupyterConnection connection, KernelLog log) {
        super(context, null, control, connection, 0);
        this.control = control;
        this.connection = connection;
        this.codec = codec;
        this.log = log;
    }

    private String channelName() {
        return control ? "control" : "shell";
    }

    @Override
    public synchronized void bind(KernelConnectionProperties p) {
        int port = control ? p.getControlPort() : p.getShellPort();
        bind(p.getTransport() + "://" + p.getIp() + ":" + port);
        running = true;
        thread = new Thread(null, this::loop, "wasmrust-" + channelName(), STACK_BYTES);
        thread.start();
    }

    private void loop() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) > 0 && running) {
                    Message<?> m = readMessage();
                    if (m != null) {
                        dispatch(m);
                    }
                    if (abortQueuedExecutes) {
                        abortQueued(poller);
                    }
                }
            }
        } catch (ZMQException | IllegalStateException e) {
            if (running) {
                log.warn(channelName() + " channel stopped: " + e);
            }
        } finally {
            poller.close();
            super.close();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Message<?> m) {
        MessageType<?> type = m.getHeader().getType();
        ShellHandler handler = connection.getHandler(type);
        if (handler == null || type == MessageType.UNKNOWN) {
            log.warn("ignored a message of unknown type on the " + channelName() + " channel");
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, m);
        try {
            handler.handle(env, m);
        } catch (Exception | StackOverflowError e) {
            log.warn("internal error handling " + type.getName() + ": " + e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /**
     * After a failed cell whose request said {@code stop_on_error}: the cells already queued behind it
     * (a front end's "run all") are answered {@code aborted} instead of run, as IPython does; other
     * requests waiting in the queue are handled as usual. Called from the handler, on this thread.
     */
    public void abortQueuedExecutes() {
        abortQueuedExecutes = true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void abortQueued(ZMQ.Poller poller) {
        abortQueuedExecutes = false;
        while (running && poller.poll(0) > 0) {
            Message<?> m = readMessage();
            if (m == null) {
                continue;
            }
            if (m.getHeader().getType() != MessageType.EXECUTE_REQUEST) {
                dispatch(m);
                continue;
            }
            ShellReplyEnvironment env = connection.prepareReplyEnv(this, m);
            env.setBusyDeferIdle();
            com.google.gson.JsonObject aborted = new com.google.gson.JsonObject();
            aborted.addProperty("status", "aborted");
            env.reply(new Message(m, MessageType.EXECUTE_REPLY, aborted));
            env.resolveDeferrals();
        }
    }

    /** The next whole message, or null (logged) when it was rejected. */
    @Override
    public synchronized Message<?> readMessage() {
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] f = recv(0);
            if (f == null) {
                break;
            }
            frames.add(f);
        } while (hasReceiveMore());
        try {
            return codec.decode(frames);
        } catch (WireCodec.Rejected e) {
            log.warn("rejected a message on the " + channelName() + " channel: " + e.getMessage());
            return null;
        }
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
        if (!running) {
            return;
        }
        List<byte[]> frames = codec.encode(message);
        for (int i = 0; i < frames.size() - 1; i++) {
            sendMore(frames.get(i));
        }
        send(frames.get(frames.size() - 1));
    }

    /** Stops the loop; the channel's own thread closes the socket (ZeroMQ sockets belong to one thread). */
    @Override
    public synchronized void close() {
        running = false;
        if (thread == null && !closedUnbound) {
            // never bound: no loop thread owns the socket, so release it here
            closedUnbound = true;
            super.close();
        }
    }

    @Override
    public void waitUntilClose() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
