// Rich output for notebooks: `display::html("<b>hi</b>")` and friends. Each call writes one block to
// stdout, `ESC ] 5379 ; MIME ; PAYLOAD BEL` (an operating-system-command sequence, which terminals
// ignore), in order with the cell's other output. The runtime's DisplayDemux cuts the blocks out of the
// stream and hands them to the front end's display sink: the Jupyter kernel sends `display_data`, the
// REPL prints a one-line note. Binary payloads (PNG) travel as base64.

pub mod display {
    fn emit(mime: &str, payload: &str) {
        // BEL ends the block, so a payload must not contain one
        print!("\u{1b}]5379;{};{}\u{7}", mime, payload.replace('\u{7}', ""));
    }

    /// Shows HTML.
    pub fn html(html: &str) {
        emit("text/html", html);
    }

    /// Shows an SVG image given as its XML text.
    pub fn svg(svg: &str) {
        emit("image/svg+xml", svg);
    }

    /// Shows Markdown.
    pub fn markdown(markdown: &str) {
        emit("text/markdown", markdown);
    }

    /// Shows JSON text as a JSON value (a front end may render it as a tree).
    pub fn json(json: &str) {
        emit("application/json", json);
    }

    /// Shows plain text as a display (not as stdout).
    pub fn text(text: &str) {
        emit("text/plain", text);
    }

    /// Shows a PNG image given as the bytes of its file.
    pub fn png(bytes: &[u8]) {
        emit("image/png", &base64(bytes));
    }

    /// Clears the cell's output shown so far.
    pub fn clear() {
        emit("clear", "");
    }

    fn base64(bytes: &[u8]) -> String {
        let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        let mut i = 0;
        while i + 2 < bytes.len() {
            let n = ((bytes[i] as u32) << 16) | ((bytes[i + 1] as u32) << 8) | (bytes[i + 2] as u32);
            out.push(table[((n >> 18) & 63) as usize] as char);
            out.push(table[((n >> 12) & 63) as usize] as char);
            out.push(table[((n >> 6) & 63) as usize] as char);
            out.push(table[(n & 63) as usize] as char);
            i += 3;
        }
        let rest = bytes.len() - i;
        if rest == 1 {
            let n = (bytes[i] as u32) << 16;
            out.push(table[((n >> 18) & 63) as usize] as char);
            out.push(table[((n >> 12) & 63) as usize] as char);
            out.push_str("==");
        } else if rest == 2 {
            let n = ((bytes[i] as u32) << 16) | ((bytes[i + 1] as u32) << 8);
            out.push(table[((n >> 18) & 63) as usize] as char);
            out.push(table[((n >> 12) & 63) as usize] as char);
            out.push(table[((n >> 6) & 63) as usize] as char);
            out.push('=');
        }
        out
    }
}
