package dev.wasmrust.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A raw Jupyter client for protocol tests: DEALER sockets on shell, control and stdin, SUB on IOPub, REQ
 * on the heartbeat, messages signed with HMAC-SHA256 (or deliberately not, or malformed).
 */
final class ProtocolClient implements AutoCloseable {
    static final String KEY = "a0b1c2d3-test-key";

    final KernelConnectionProperties props;
    private final ZMQ.Context ctx = ZMQ.context(1);
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket stdin;
    final ZMQ.Socket iopub;
    final ZMQ.Socket hb;

    private final String session = UUID.randomUUID().toString();

    ProtocolClient(KernelConnectionProperties props) {
        this.props = props;
        String base = props.getTransport() + "://" + props.getIp() + ":";
        shell = socket(SocketType.DEALER, base + props.getShellPort());
        control = socket(SocketType.DEALER, base + props.getControlPort());
        stdin = socket(SocketType.DEALER, base + props.getStdinPort());
        iopub = ctx.socket(SocketType.SUB);
        iopub.subscribe(new byte[0]);
        iopub.connect(base + props.getIopubPort());
        hb = socket(SocketType.REQ, base + props.getHbPort());
    }

    private ZMQ.Socket socket(SocketType type, String addr) {
        ZMQ.Socket s = ctx.socket(type);
        s.setLinger(0);
        if (type == SocketType.DEALER) {
            // as jupyter_client does: shell and stdin share the session's identity, so that the kernel's
            // input_request (addressed like the execute_request it belongs to) reaches the stdin socket
            s.setIdentity(session.getBytes(StandardCharsets.US_ASCII));
        }
        s.connect(addr);
        return s;
    }

    static KernelConnectionProperties freePorts() throws java.io.IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return new KernelConnectionProperties("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "tcp",
                "hmac-sha256", KEY);
    }

    JsonObject header(String type) {
        JsonObject h = new JsonObject();
        h.addProperty("msg_id", UUID.randomUUID().toString());
        h.addProperty("session", session);
        h.addProperty("username", "test");
        h.addProperty("date", Instant.now().toString());
        h.addProperty("msg_type", type);
        h.addProperty("version", "5.3");
        return h;
    }

    /** Sends a signed request; returns its msg_id. */
    String send(ZMQ.Socket s, String type, JsonObject content) {
        JsonObject h = header(type);
        sendFrames(s, java.util.Arrays.asList("<IDS|MSG>", null, h.toString(), "{}", "{}", content.toString()), true);
        return h.get("msg_id").getAsString();
    }

    /** Sends frames; a null second frame is replaced by the right signature when {@code sign}, else by a wrong one. */
    void sendFrames(ZMQ.Socket s, List<String> frames, boolean sign) {
        List<byte[]> bytes = new ArrayList<>();
        for (String f : frames) {
            bytes.add(f == null ? null : f.getBytes(StandardCharsets.UTF_8));
        }
        int d = frames.indexOf("<IDS|MSG>");
        if (d >= 0 && d + 1 < bytes.size() && bytes.get(d + 1) == null) {
            String sig = sign ? sign(bytes.subList(d + 2, Math.min(bytes.size(), d + 6))) : "0".repeat(64);
            bytes.set(d + 1, sig.getBytes(StandardCharsets.US_ASCII));
        }
        for (int i = 0; i < bytes.size(); i++) {
            if (i < bytes.size() - 1) {
                s.sendMore(bytes.get(i));
            } else {
                s.send(bytes.get(i));
            }
        }
    }

    static String sign(List<byte[]> parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received message: its type, header, parent header and content. */
    record Msg(String type, JsonObject header, JsonObject parent, JsonObject content) {
        String parentId() {
            return parent.has("msg_id") ? parent.get("msg_id").getAsString() : "";
        }
    }

    /** The next message on the socket within {@code millis}, or null; checks the signature. */
    Msg receive(ZMQ.Socket s, int millis) {
        s.setReceiveTimeOut(millis);
        List<byte[]> frames = new ArrayList<>();
        byte[] f = s.recv(0);
        if (f == null) {
            return null;
        }
        frames.add(f);
        while (s.hasReceiveMore()) {
            frames.add(s.recv(0));
        }
        int d = 0;
        while (!new String(frames.get(d), StandardCharsets.US_ASCII).equals("<IDS|MSG>")) {
            d++;
        }
        String sig = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
        if (!sig.equals(sign(frames.subList(d + 2, d + 6)))) {
            throw new AssertionError("the kernel sent a message with a wrong signature");
        }
        JsonObject header = JsonParser.parseString(new String(frames.get(d + 2), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject parent = JsonParser.parseString(new String(frames.get(d + 3), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject content = JsonParser.parseString(new String(frames.get(d + 5), StandardCharsets.UTF_8)).getAsJsonObject();
        return new Msg(header.get("msg_type").getAsString(), header, parent, content);
    }

    /** The reply to {@code msgId} on the socket, or null after {@code millis}. */
    Msg reply(ZMQ.Socket s, String msgId, int millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Msg m = receive(s, (int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
            if (m != null && m.parentId().equals(msgId)) {
                return m;
            }
        }
        return null;
    }

    /** IOPub messages caused by {@code msgId}, up to its {@code status: idle}. */
    List<Msg> iopubUntilIdle(String msgId, int millis) {
        List<Msg> out = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Msg m = receive(iopub, (int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
            if (m == null || !m.parentId().equals(msgId)) {
                continue;
            }
            out.add(m);
            if (m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle")) {
                return out;
            }
        }
        throw new AssertionError("no idle status for " + msgId + " within " + millis + " ms; got " + out);
    }

    static JsonObject execute(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", true);
        return c;
    }

    @Override
    public void close() {
        for (ZMQ.Socket s : List.of(shell, control, stdin, iopub, hb)) {
            s.close();
        }
        ctx.close();
    }
}
