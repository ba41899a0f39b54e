package dev.wasmrust.kernel.wire;

import dev.wasmrust.kernel.KernelLog;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's connection with our shell, control and heartbeat channels in place of its own (see
 * {@link KernelChannel}), and jjava's IOPub and stdin channels created on the same ZeroMQ context, so that
 * one I/O thread serves every socket (each thread a message passes through is one more wake-up on a busy
 * machine). Handlers are registered on it as on jjava's.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final KernelChannel shellChannel;
    private final KernelChannel controlChannel;
    private final EchoChannel heartbeatChannel;
    private final IOPubChannel iopubChannel;
    private final StdinChannel stdinChannel;
    private volatile boolean closed;

    public KernelConnection(KernelConnectionProperties props, KernelLog log) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        boolean signed = props.getKey() != null && !props.getKey().isEmpty();
        WireCodec codec = new WireCodec(props.createHMACGenerator(), signed);
        this.shellChannel = new KernelChannel(context, codec, false, this, log);
        this.controlChannel = new KernelChannel(context, codec, true, this, log);
        this.heartbeatChannel = new EchoChannel(context, log);
        this.iopubChannel = new OutgoingChannels.IOPub(context, codec);
        // jjava's stdin reader checks signatures with this generator
        this.stdinChannel = new OutgoingChannels.Stdin(context, codec, props.createHMACGenerator());
    }

    /** Binds every port; throws {@link org.zeromq.ZMQException} when one is taken (nothing stays bound then). */
    @Override
    public void connect() {
        try {
            iopubChannel.bind(props);
            stdinChannel.bind(props);
            heartbeatChannel.bind(props);
            controlChannel.bind(props);
            shellChannel.bind(props);
        } catch (RuntimeException e) {
            close();
            waitUntilClose();
            throw e;
        }
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    /** See {@link KernelChannel#abortQueuedExecutes()}. */
    public void abortQueuedExecutes() {
        shellChannel.abortQueuedExecutes();
    }

    @Override
    public IOPubChannel getIOPub() {
        return iopubChannel;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
        return new ReplyEnvironment(shell, stdinChannel, iopubChannel, context);
    }

    /** jjava's reply environment, made with our stdin and IOPub channels (its constructor is protected). */
    private static final class ReplyEnvironment extends ShellReplyEnvironment {
        ReplyEnvironment(ShellChannel shell, StdinChannel stdin, IOPubChannel iopub, MessageContext context) {
            super(shell, stdin, iopub, context);
        }
    }

    /** Stops the channels; may be called from a channel's own thread (a shutdown request). */
    @Override
    public void close() {
        closed = true;
        shellChannel.close();
        controlChannel.close();
        heartbeatChannel.close();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Waits for the channel threads to end, then releases the sockets and contexts. */
    @Override
    public void waitUntilClose() {
        shellChannel.waitUntilClose();
        controlChannel.waitUntilClose();
        heartbeatChannel.waitUntilClose();
        // IOPub and stdin are only written from the channel threads, which have ended
        iopubChannel.close();
        stdinChannel.close();
        super.close();
        context.close();
    }
}
