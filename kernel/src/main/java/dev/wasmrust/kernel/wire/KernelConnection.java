package dev.wasmrust.kernel.wire;

import dev.wasmrust.kernel.KernelLog;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's connection with our shell, control and heartbeat channels in place of its own (see
 * {@link KernelChannel}); IOPub and stdin stay jjava's. Handlers are registered on it as on jjava's.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final KernelChannel shellChannel;
    private final KernelChannel controlChannel;
    private final EchoChannel heartbeatChannel;
    private volatile boolean closed;

    public KernelConnection(KernelConnectionProperties props, KernelLog log) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        boolean signed = props.getKey() != null && !props.getKey().isEmpty();
        WireCodec codec = new WireCodec(props.createHMACGenerator(), signed);
        this.shellChannel = new KernelChannel(context, codec, false, this, log);
        this.controlChannel = new KernelChannel(context, codec, true, this, log);
        this.heartbeatChannel = new EchoChannel(context, log);
    }

    /** Binds every port; throws {@link org.zeromq.ZMQException} when one is taken (nothing stays bound then). */
    @Override
    public void connect() {
        try {
            iopub.bind(props);
            stdin.bind(props);
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
        super.close();
        context.close();
    }
}
