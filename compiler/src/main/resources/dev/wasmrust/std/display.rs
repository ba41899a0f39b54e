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

    /// A drawing surface with the methods of the browser's `CanvasRenderingContext2D` (snake_case),
    /// shown by `show()`: the notebook kernel renders it to a PNG image. Coordinates are in pixels from
    /// the top-left corner; angles in radians, clockwise. Colors are CSS colors (`"red"`, `"#654ff0"`,
    /// `"rgb(10, 20, 30)"`, `"rgba(10, 20, 30, 0.5)"`). Text drawing is not offered (no fonts are assumed).
    pub struct Canvas {
        width: u32,
        height: u32,
        ops: String,
    }

    impl Canvas {
        pub fn new(width: u32, height: u32) -> Canvas {
            Canvas { width: width, height: height, ops: String::new() }
        }

        fn op(&mut self, line: String) {
            self.ops.push_str(&line);
            self.ops.push('\n');
        }

        pub fn set_fill_style(&mut self, color: &str) {
            self.op(format!("fillStyle {}", color));
        }

        pub fn set_stroke_style(&mut self, color: &str) {
            self.op(format!("strokeStyle {}", color));
        }

        pub fn set_line_width(&mut self, width: f64) {
            self.op(format!("lineWidth {}", width));
        }

        pub fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            self.op(format!("fillRect {} {} {} {}", x, y, w, h));
        }

        pub fn stroke_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            self.op(format!("strokeRect {} {} {} {}", x, y, w, h));
        }

        pub fn clear_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            self.op(format!("clearRect {} {} {} {}", x, y, w, h));
        }

        pub fn begin_path(&mut self) {
            self.op(String::from("beginPath"));
        }

        pub fn close_path(&mut self) {
            self.op(String::from("closePath"));
        }

        pub fn move_to(&mut self, x: f64, y: f64) {
            self.op(format!("moveTo {} {}", x, y));
        }

        pub fn line_to(&mut self, x: f64, y: f64) {
            self.op(format!("lineTo {} {}", x, y));
        }

        pub fn arc(&mut self, x: f64, y: f64, radius: f64, start_angle: f64, end_angle: f64) {
            self.op(format!("arc {} {} {} {} {}", x, y, radius, start_angle, end_angle));
        }

        pub fn fill(&mut self) {
            self.op(String::from("fill"));
        }

        pub fn stroke(&mut self) {
            self.op(String::from("stroke"));
        }

        /// Shows the drawing so far (it can be drawn on and shown again).
        pub fn show(&self) {
            emit("application/vnd.wasmrust.canvas", &format!("{} {}\n{}", self.width, self.height, self.ops));
        }
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
