package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The kernel over raw ZeroMQ: the messages of protocol 5.3, and bad input that must be logged and survived. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelProtocolTest {
    private static final int TIMEOUT = 60_000;
    private RunningKernel k;
    private ProtocolClient c;

    @BeforeAll
    void start() throws Exception {
        k = new RunningKernel();
        c = k.client;
    }

    @AfterAll
    void stop() throws Exception {
        k.close();
    }

    private ProtocolClient.Msg executeReply(String code, List<ProtocolClient.Msg> iopub) {
        String id = c.send(c.shell, "execute_request", ProtocolClient.execute(code));
        ProtocolClient.Msg reply = c.reply(c.shell, id, TIMEOUT);
        assertNotNull(reply, "no execute_reply for " + code);
        iopub.addAll(c.iopubUntilIdle(id, TIMEOUT));
        return reply;
    }

    private static String types(List<ProtocolClient.Msg> ms) {
        return ms.stream().map(ProtocolClient.Msg::type).collect(Collectors.joining(" "));
    }

    private void assertAlive() {
        String id = c.send(c.shell, "kernel_info_request", new JsonObject());
        ProtocolClient.Msg r = c.reply(c.shell, id, TIMEOUT);
        assertNotNull(r, "the kernel stopped answering");
        assertEquals("ok", r.content().get("status").getAsString());
    }

    @Test
    void kernelInfoOnShellAndControlHasStatusAndLanguage() {
        for (var socket : List.of(c.shell, c.control)) {
            String id = c.send(socket, "kernel_info_request", new JsonObject());
            ProtocolClient.Msg r = c.reply(socket, id, TIMEOUT);
            assertEquals("kernel_info_reply", r.type());
            assertEquals("ok", r.content().get("status").getAsString());
            JsonObject li = r.content().getAsJsonObject("language_info");
            assertEquals("rust", li.get("name").getAsString());
            assertEquals(".rs", li.get("file_extension").getAsString());
            assertEquals("text/rust", li.get("mimetype").getAsString());
            assertEquals("rust", li.get("pygments_lexer").getAsString());
            assertEquals("rust", li.get("codemirror_mode").getAsString());
            assertEquals("5.3", r.content().get("protocol_version").getAsString());
            assertTrue(r.content().getAsJsonArray("help_links").size() > 0);
        }
    }

    @Test
    void executeStreamsOutputThenTheValue() {
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        ProtocolClient.Msg reply = executeReply("println!(\"hi\");\neprintln!(\"oops\");\n1 + 2", io);
        assertEquals("ok", reply.content().get("status").getAsString());
        assertEquals("status execute_input stream stream execute_result status", types(io));
        assertEquals("hi\n", io.get(2).content().get("text").getAsString());
        assertEquals("stdout", io.get(2).content().get("name").getAsString());
        assertEquals("stderr", io.get(3).content().get("name").getAsString());
        assertEquals("3", io.get(4).content().getAsJsonObject("data").get("text/plain").getAsString());
        int count = reply.content().get("execution_count").getAsInt();
        assertEquals(count, io.get(4).content().get("execution_count").getAsInt());
    }

    @Test
    void aMovedValueIsAnE0382Error() {
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        ProtocolClient.Msg reply = executeReply("let s = String::from(\"a\");\nlet t = s;\ns.len()", io);
        assertEquals("error", reply.content().get("status").getAsString());
        assertEquals("E0382", reply.content().get("ename").getAsString());
        List<ProtocolClient.Msg> errors = io.stream().filter(m -> m.type().equals("error")).toList();
        assertEquals(1, errors.size());
        String tb = errors.get(0).content().getAsJsonArray("traceback").toString();
        assertTrue(tb.contains("borrow of moved value"), tb);
        assertTrue(tb.contains("<cell"), tb);
    }

    @Test
    void aPanicIsReportedAndTheSessionKeepsItsState() {
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        assertEquals("ok", executeReply("let kept = 41;", io).content().get("status").getAsString());
        ProtocolClient.Msg reply = executeReply("let v: Vec<i32> = Vec::new();\nv[3]", io);
        assertEquals("panic", reply.content().get("ename").getAsString());
        assertTrue(reply.content().get("evalue").getAsString().contains("index out of bounds"), reply.content().toString());
        io.clear();
        executeReply("kept + 1", io);
        assertEquals("42", io.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow()
                .content().getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void aFailedCellAbortsTheCellsQueuedBehindItWhenAskedTo() {
        // the failing cell runs a moment before it panics, so that the cells sent after it are queued behind it
        // whatever the machine's load (only what is queued when a cell fails is aborted, as in ipykernel)
        String slowFailure = "let mut i = 0u64;\nwhile i < 2_000_000 { i += 1; }\nlet v: Vec<u64> = Vec::new();\nv[i as usize]";
        String failing = c.send(c.shell, "execute_request", ProtocolClient.execute(slowFailure));
        String queued1 = c.send(c.shell, "execute_request", ProtocolClient.execute("1 + 1"));
        String queued2 = c.send(c.shell, "execute_request", ProtocolClient.execute("2 + 2"));
        assertEquals("error", c.reply(c.shell, failing, TIMEOUT).content().get("status").getAsString());
        assertEquals("aborted", c.reply(c.shell, queued1, TIMEOUT).content().get("status").getAsString());
        assertEquals("aborted", c.reply(c.shell, queued2, TIMEOUT).content().get("status").getAsString());

        JsonObject keepGoing = ProtocolClient.execute("let n: i32 = \"x\";");
        keepGoing.addProperty("stop_on_error", false);
        failing = c.send(c.shell, "execute_request", keepGoing);
        queued1 = c.send(c.shell, "execute_request", ProtocolClient.execute("3 + 3"));
        assertEquals("error", c.reply(c.shell, failing, TIMEOUT).content().get("status").getAsString());
        assertEquals("ok", c.reply(c.shell, queued1, TIMEOUT).content().get("status").getAsString());
    }

    @Test
    void manyPrintsAreBatchedIntoFewMessagesInOrder() {
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        executeReply("for i in 0..20000 { println!(\"line {}\", i); }", io);
        List<ProtocolClient.Msg> streams = io.stream().filter(m -> m.type().equals("stream")).toList();
        String text = streams.stream().map(m -> m.content().get("text").getAsString()).collect(Collectors.joining());
        assertEquals(20000, text.lines().count());
        assertTrue(text.startsWith("line 0\nline 1\n") && text.endsWith("line 19999\n"));
        assertTrue(streams.size() < 2000, streams.size() + " stream messages");
    }

    @Test
    void outputIsShownWhileTheCellIsStillRunning() {
        String id = c.send(c.shell, "execute_request", ProtocolClient.execute("println!(\"before the loop\");\nloop {}"));
        ProtocolClient.Msg m;
        do {
            m = c.receive(c.iopub, TIMEOUT);
            assertNotNull(m, "the output did not arrive while the cell ran");
        } while (!(m.type().equals("stream") && m.parentId().equals(id)));
        assertEquals("before the loop\n", m.content().get("text").getAsString());
        c.reply(c.control, c.send(c.control, "interrupt_request", new JsonObject()), TIMEOUT);
        assertEquals("interrupted", c.reply(c.shell, id, TIMEOUT).content().get("ename").getAsString());
    }

    @Test
    void aWrongSignatureIsRejectedAndLogged() {
        JsonObject h = c.header("kernel_info_request");
        c.sendFrames(c.shell, java.util.Arrays.asList("<IDS|MSG>", null, h.toString(), "{}", "{}", "{}"), false);
        assertNull(c.reply(c.shell, h.get("msg_id").getAsString(), 1000), "a message with a wrong signature was answered");
        assertTrue(k.log().contains("wrong HMAC signature"), k.log());
        assertAlive();
    }

    @Test
    void malformedFramesAndUnknownTypesAreLoggedAndIgnored() {
        c.sendFrames(c.shell, java.util.Arrays.asList("no delimiter", "at all"), true);
        c.sendFrames(c.shell, java.util.Arrays.asList("<IDS|MSG>", null, "{}"), true);
        c.sendFrames(c.shell, java.util.Arrays.asList("<IDS|MSG>", null, "{not json", "{}", "{}", "{}"), true);
        JsonObject h = c.header("execute_request");
        c.sendFrames(c.shell, java.util.Arrays.asList("<IDS|MSG>", null, h.toString(), "{}", "{}", "[1, 2"), true);
        c.send(c.shell, "no_such_request", new JsonObject());
        assertAlive();
        String log = k.log();
        assertTrue(log.contains("no <IDS|MSG> delimiter"), log);
        assertTrue(log.contains("frames after the delimiter"), log);
        assertTrue(log.contains("malformed JSON"), log);
        assertTrue(log.contains("unknown type"), log);
        assertAlive();
    }

    @Test
    void interruptStopsAnEndlessLoopThroughTheControlChannel() throws Exception {
        String id = c.send(c.shell, "execute_request", ProtocolClient.execute("let mut n: u64 = 0;\nloop { n += 1; }"));
        // wait until the cell is running (its execute_input is published before it starts)
        ProtocolClient.Msg m;
        do {
            m = c.receive(c.iopub, TIMEOUT);
            assertNotNull(m);
        } while (!(m.type().equals("execute_input") && m.parentId().equals(id)));
        Thread.sleep(300);
        String iid = c.send(c.control, "interrupt_request", new JsonObject());
        ProtocolClient.Msg ir = c.reply(c.control, iid, TIMEOUT);
        assertEquals("interrupt_reply", ir.type());
        assertEquals("ok", ir.content().get("status").getAsString());
        ProtocolClient.Msg reply = c.reply(c.shell, id, TIMEOUT);
        assertEquals("error", reply.content().get("status").getAsString());
        assertEquals("interrupted", reply.content().get("ename").getAsString());
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        executeReply("6 * 7", io);
        assertTrue(types(io).contains("execute_result"), types(io));
    }

    @Test
    void aClientVanishingMidExecutionLeavesTheKernelUp() throws Exception {
        try (ProtocolClient other = new ProtocolClient(c.props)) {
            other.send(other.shell, "execute_request", ProtocolClient.execute(
                    "let mut total: u64 = 0;\nfor i in 0..300000u64 { total += i; if i % 100000 == 0 { println!(\"{i}\"); } }\ntotal"));
            Thread.sleep(50);
        }
        assertAlive();
        List<ProtocolClient.Msg> io = new java.util.ArrayList<>();
        assertEquals("ok", executeReply("1 + 1", io).content().get("status").getAsString());
    }

    @Test
    void completionCountsCodePoints() {
        JsonObject req = new JsonObject();
        String code = "let crabs = vec![\"🦀\"]; crabs.le";
        req.addProperty("code", code);
        int cursor = code.codePointCount(0, code.length());
        req.addProperty("cursor_pos", cursor);
        executeReply("let crabs = vec![\"🦀\"];", new java.util.ArrayList<>());
        String id = c.send(c.shell, "complete_request", req);
        ProtocolClient.Msg r = c.reply(c.shell, id, TIMEOUT);
        assertEquals("ok", r.content().get("status").getAsString());
        assertEquals(cursor - 2, r.content().get("cursor_start").getAsInt());
        assertEquals(cursor, r.content().get("cursor_end").getAsInt());
        assertTrue(r.content().getAsJsonArray("matches").toString().contains("\"len\""), r.content().toString());
    }

    @Test
    void isCompleteAnswersCompleteIncompleteAndInvalid() {
        for (String[] s : new String[][] {{"1 + 1", "complete"}, {"fn f() {", "incomplete"}, {"}", "invalid"}}) {
            JsonObject req = new JsonObject();
            req.addProperty("code", s[0]);
            String id = c.send(c.shell, "is_complete_request", req);
            ProtocolClient.Msg r = c.reply(c.shell, id, TIMEOUT);
            assertEquals(s[1], r.content().get("status").getAsString(), s[0]);
            if (s[1].equals("incomplete")) {
                assertEquals("    ", r.content().get("indent").getAsString());
            }
        }
    }

    @Test
    void commInfoAndHistoryRepliesFollowTheProtocol() {
        String id = c.send(c.shell, "comm_info_request", new JsonObject());
        ProtocolClient.Msg r = c.reply(c.shell, id, TIMEOUT);
        assertEquals("ok", r.content().get("status").getAsString());
        assertTrue(r.content().has("comms"));
        executeReply("let h = 5;", new java.util.ArrayList<>());
        JsonObject req = new JsonObject();
        req.addProperty("output", false);
        req.addProperty("raw", true);
        req.addProperty("hist_access_type", "tail");
        req.addProperty("n", 1);
        id = c.send(c.shell, "history_request", req);
        r = c.reply(c.shell, id, TIMEOUT);
        assertEquals("ok", r.content().get("status").getAsString());
        var entry = r.content().getAsJsonArray("history").get(0).getAsJsonArray();
        assertEquals(3, entry.size());
        assertEquals("let h = 5;", entry.get(2).getAsString());
    }
}
