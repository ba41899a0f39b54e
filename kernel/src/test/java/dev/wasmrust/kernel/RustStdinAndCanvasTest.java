package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The real engine behind the kernel: a Rust cell calling {@code read_line} asks the front end with an
 * {@code input_request}; a cell drawing on the browser profile's {@code <canvas>} shows it as an inline PNG; under
 * {@code wasmtime} that cell is refused with the missing capability.
 */
class RustStdinAndCanvasTest {
    private static final int TIMEOUT = 60_000;

    private static ProtocolClient.Msg result(List<ProtocolClient.Msg> io) {
        return io.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElse(null);
    }

    @Test
    void readLineInACellBecomesAnInputRequestAnsweredByTheClient() throws Exception {
        try (RunningKernel k = new RunningKernel()) {
            ProtocolClient c = k.client;
            JsonObject req = ProtocolClient.execute("use std::io;\nlet mut name = String::new();\n"
                    + "io::stdin().read_line(&mut name).expect(\"Failed to read line\");\n"
                    + "format!(\"Hello, {}!\", name.trim())");
            req.addProperty("allow_stdin", true);
            String id = c.send(c.shell, "execute_request", req);
            ProtocolClient.Msg ask = c.receive(c.stdin, TIMEOUT);
            assertNotNull(ask, "no input_request");
            assertEquals("input_request", ask.type());
            assertEquals(id, ask.parentId());
            JsonObject answer = new JsonObject();
            answer.addProperty("value", "Ferris");
            c.send(c.stdin, "input_reply", answer);
            assertEquals("ok", c.reply(c.shell, id, TIMEOUT).content().get("status").getAsString());
            ProtocolClient.Msg value = result(c.iopubUntilIdle(id, TIMEOUT));
            assertNotNull(value);
            assertEquals("\"Hello, Ferris!\"", value.content().getAsJsonObject("data").get("text/plain").getAsString());
        }
    }

    @Test
    void aBrowserCanvasIsShownAsAnInlinePng() throws Exception {
        try (RunningKernel k = new RunningKernel()) {
            ProtocolClient c = k.client;
            String refused = c.send(c.shell, "execute_request", ProtocolClient.execute("let c = web::Canvas::new(8, 8);"));
            ProtocolClient.Msg reply = c.reply(c.shell, refused, TIMEOUT);
            assertEquals("error", reply.content().get("status").getAsString());
            String error = c.iopubUntilIdle(refused, TIMEOUT).toString();
            assertTrue(error.contains("capability `dom`") && error.contains("`wasmtime`"), error);

            String host = c.send(c.shell, "execute_request", ProtocolClient.execute(":host browser"));
            assertEquals("ok", c.reply(c.shell, host, TIMEOUT).content().get("status").getAsString());
            c.iopubUntilIdle(host, TIMEOUT);
            String id = c.send(c.shell, "execute_request", ProtocolClient.execute("let mut canvas = web::Canvas::new(30, 20);\n"
                    + "canvas.set_fill_style(\"#00ff00\");\ncanvas.fill_rect(0.0, 0.0, 15.0, 20.0);\ncanvas.show();"));
            assertEquals("ok", c.reply(c.shell, id, TIMEOUT).content().get("status").getAsString());
            List<ProtocolClient.Msg> io = c.iopubUntilIdle(id, TIMEOUT);
            ProtocolClient.Msg display = io.stream().filter(m -> m.type().equals("display_data")).findFirst().orElse(null);
            assertNotNull(display, io.toString());
            JsonObject data = display.content().getAsJsonObject("data");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data.get("image/png").getAsString())));
            assertEquals(30, img.getWidth());
            assertEquals(20, img.getHeight());
            assertEquals(0xff00ff00, img.getRGB(5, 10));
            assertEquals(0, img.getRGB(25, 10) >>> 24);
            assertTrue(data.get("text/plain").getAsString().startsWith("[PNG image"), data.toString());
        }
    }
}
