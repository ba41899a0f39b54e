package dev.wasmrust.kernel.wire;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.ExpressionValue;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.ReplyType;
import org.dflib.jjava.jupyter.messages.adapters.ExpressionValueAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.adapters.PublishStatusAdapter;
import org.dflib.jjava.jupyter.messages.adapters.ReplyTypeAdapter;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * Jupyter's wire format for jjava's message classes, with what jjava 1.0-a6's own socket code gets wrong
 * put right: a message is read as a whole multipart message first, so a frame list without the
 * {@code <IDS|MSG>} delimiter or with too few frames is one rejected message instead of a reader that
 * swallows the next message's frames; the signature is compared in constant time; malformed JSON is a
 * rejected message, not an exception that ends the channel's thread; every {@code *_reply} carries a
 * {@code status} (jjava's kernel_info, comm_info, shutdown and interrupt replies have none); and header
 * dates have microseconds (jjava's stop at the minute).
 */
public final class WireCodec {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
    private static final Type METADATA = new TypeToken<Map<String, Object>>() { }.getType();

    /** Why a multipart message was not accepted; the caller logs it and drops the message. */
    public static final class Rejected extends Exception {
        public Rejected(String reason) {
            super(reason);
        }
    }

    private final HMACGenerator hmac;
    private final boolean signed;
    private final Gson gson;

    public WireCodec(HMACGenerator hmac, boolean signed) {
        this.hmac = hmac;
        this.signed = signed;
        Gson replyGson = new GsonBuilder()
                .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
                .registerTypeAdapter(ExpressionValue.class, ExpressionValueAdapter.INSTANCE)
                .create();
        this.gson = new GsonBuilder()
                .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
                .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
                .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
                .registerTypeAdapter(PublishStatus.class, PublishStatusAdapter.INSTANCE)
                .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
                .registerTypeHierarchyAdapter(ReplyType.class, new ReplyTypeAdapter(replyGson))
                .disableHtmlEscaping()
                .create();
    }

    /** The message carried by one multipart ZeroMQ message's frames. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Message<?> decode(List<byte[]> frames) throws Rejected {
        int d = 0;
        while (d < frames.size() && !Arrays.equals(DELIMITER, frames.get(d))) {
            d++;
        }
        if (d == frames.size()) {
            throw new Rejected("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        if (frames.size() - d - 1 < 5) {
            throw new Rejected("only " + (frames.size() - d - 1) + " frames after the delimiter (at least 5 needed)");
        }
        byte[] signature = frames.get(d + 1);
        byte[] header = frames.get(d + 2);
        byte[] parent = frames.get(d + 3);
        byte[] metadata = frames.get(d + 4);
        byte[] content = frames.get(d + 5);
        if (signed) {
            byte[] expected = hmac.calculateSignature(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, signature)) {
                throw new Rejected("wrong HMAC signature");
            }
        }
        try {
            JsonElement headerJson = JsonParser.parseString(utf8(header));
            if (!headerJson.isJsonObject() || !headerJson.getAsJsonObject().has("msg_type")
                    || !headerJson.getAsJsonObject().has("msg_id")) {
                throw new Rejected("the header is not an object with msg_id and msg_type");
            }
            Header<?> h = gson.fromJson(headerJson, Header.class);
            JsonElement parentJson = JsonParser.parseString(utf8(parent));
            Header<?> ph = parentJson.isJsonObject() && !parentJson.getAsJsonObject().isEmpty()
                    ? gson.fromJson(parentJson, Header.class) : null;
            Map<String, Object> meta = gson.fromJson(utf8(metadata), METADATA);
            JsonElement contentJson = JsonParser.parseString(utf8(content));
            if (!contentJson.isJsonObject()) {
                throw new Rejected("the content is not a JSON object");
            }
            Object c = gson.fromJson(contentJson, h.getType().getContentType());
            List<byte[]> identities = new ArrayList<>(frames.subList(0, d));
            List<byte[]> buffers = new ArrayList<>(frames.subList(d + 6, frames.size()));
            return new Message(identities, h, ph, meta, c, buffers);
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                 | UnsupportedOperationException | NumberFormatException e) {
            throw new Rejected("malformed JSON: " + e.getMessage());
        }
    }

    /** The frames of a message to send: identities, delimiter, signature, header, parent, metadata, content, buffers. */
    public List<byte[]> encode(Message<?> m) {
        JsonElement headerJson = gson.toJsonTree(m.getHeader());
        if (headerJson.isJsonObject()) {
            // jjava writes the date to the minute; front ends time cells from these dates
            headerJson.getAsJsonObject().addProperty("date", DATE.format(java.time.Instant.now()));
        }
        byte[] header = gson.toJson(headerJson).getBytes(StandardCharsets.UTF_8);
        byte[] parent = (m.hasParentHeader() ? gson.toJson(m.getParentHeader()) : "{}").getBytes(StandardCharsets.UTF_8);
        byte[] metadata = (m.hasMetadata() ? gson.toJson(m.getMetadata()) : "{}").getBytes(StandardCharsets.UTF_8);
        JsonElement content = gson.toJsonTree(m.getContent());
        if (m.getHeader().getType().getName().endsWith("_reply") && content.isJsonObject()
                && !content.getAsJsonObject().has("status")) {
            content.getAsJsonObject().addProperty("status", "ok");
        }
        byte[] body = gson.toJson(content).getBytes(StandardCharsets.UTF_8);
        List<byte[]> frames = new ArrayList<>(m.getIdentities());
        frames.add(DELIMITER);
        frames.add(hmac.calculateSignature(header, parent, metadata, body).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(body);
        if (m.getBlobs() != null) {
            frames.addAll(m.getBlobs());
        }
        return frames;
    }

    /** A JSON object as jjava would serialize {@code content} (for replies built from jjava's classes). */
    public JsonObject toJson(Object content) {
        return gson.toJsonTree(content).getAsJsonObject();
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
