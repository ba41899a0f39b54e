package dev.wasmrust.kernel;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** One output in several forms, by MIME type ({@code text/plain} always first), as {@code display_data} carries it. */
public final class MimeBundle {
    private final Map<String, String> data = new LinkedHashMap<>();

    public static MimeBundle text(String plain) {
        return new MimeBundle().put("text/plain", plain);
    }

    public MimeBundle put(String mime, String value) {
        data.put(mime, value);
        return this;
    }

    public Map<String, String> data() {
        return Map.copyOf(data);
    }

    public String get(String mime) {
        return data.get(mime);
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        data.forEach((mime, value) -> {
            if (mime.equals("application/json")) {
                // Jupyter wants JSON data as a JSON value, not as text
                try {
                    o.add(mime, com.google.gson.JsonParser.parseString(value));
                    return;
                } catch (com.google.gson.JsonParseException e) {
                    // not valid JSON: shown as text only
                    return;
                }
            }
            o.addProperty(mime, value);
        });
        return o;
    }
}
