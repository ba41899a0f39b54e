package dev.wasmrust.kernel.wire;

import dev.wasmrust.kernel.KernelLog;
import org.dflib.jjava.jupyter.channels.HeartbeatChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The heartbeat: echoes every ping at once. jjava's {@link HeartbeatChannel} sleeps 500 ms between polls,
 * so a client measuring liveness saw up to half a second of delay.
 */
public final class EchoChannel extends HeartbeatChannel {
    private static final int POLL_MILLIS = 100;

    private final KernelLog log;
    private volatile boolean running;
    private Thread thread;
    private boolean closedUnbound;

    public EchoChannel(ZMQ.Context context, KernelLog log) {
        super(context, null, 0);
        this.log = log;
    }

    @Override
    public synchronized void bind(KernelConnectionProperties p) {
        bind(p.getTransport() + "://" + p.getIp() + ":" + p.getHbPort());
        running = true;
        thread = new Thread(this::loop, "wasmrust-heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) > 0 && running) {
                    byte[] ping = recv(0);
                    if (ping != null) {
                        send(ping, 0);
                    }
                }
            }
        } catch (ZMQException | IllegalStateException e) {
            if (running) {
                log.warn("heartbeat stopped: " + e);
            }
        } finally {
            poller.close();
            super.close();
        }
    }

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
