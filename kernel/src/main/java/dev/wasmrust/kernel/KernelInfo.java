package dev.wasmrust.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

/** What {@code kernel_info_reply} says about the kernel and its language. */
final class KernelInfo {
    /** The Rust edition whose language the compiler follows, given as the language version. */
    static final String RUST_EDITION = "2021";
    static final String PROTOCOL_VERSION = "5.3";

    private KernelInfo() {}

    static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("rust").version(RUST_EDITION).mimetype("text/rust").fileExtension(".rs")
                .pygments("rust").codemirror("rust").build();
    }

    static List<HelpLink> helpLinks() {
        String docs = ProjectHome.find().resolve("README.md").toUri().toString();
        return List.of(new HelpLink("WasmRust", docs),
                new HelpLink("WasmRust: the REPL and its commands", docs + "#the-repl"),
                new HelpLink("WasmRust: the Jupyter kernel", docs + "#the-jupyter-kernel"),
                new HelpLink("The Rust Programming Language", "https://doc.rust-lang.org/book/"),
                new HelpLink("Rust standard library", "https://doc.rust-lang.org/std/"));
    }

    static JsonObject reply(String version, String banner) {
        JsonObject li = new JsonObject();
        li.addProperty("name", "rust");
        li.addProperty("version", RUST_EDITION);
        li.addProperty("mimetype", "text/rust");
        li.addProperty("file_extension", ".rs");
        li.addProperty("pygments_lexer", "rust");
        li.addProperty("codemirror_mode", "rust");
        JsonArray links = new JsonArray();
        for (HelpLink l : helpLinks()) {
            JsonObject o = new JsonObject();
            o.addProperty("text", l.getText());
            o.addProperty("url", l.getUrl());
            links.add(o);
        }
        JsonObject r = new JsonObject();
        r.addProperty("status", "ok");
        r.addProperty("protocol_version", PROTOCOL_VERSION);
        r.addProperty("implementation", "wasmrust");
        r.addProperty("implementation_version", version);
        r.add("language_info", li);
        r.addProperty("banner", banner);
        r.add("help_links", links);
        return r;
    }
}
