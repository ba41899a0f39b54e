// The browser profile's document and canvas: `web::Canvas::new(w, h)` makes a real `<canvas>` element in the
// mocked document (appended to `<body>`), and every drawing call goes to the host's CanvasRenderingContext2D,
// which keeps the drawing state and the pixels; `show()` has the host render the canvas to a PNG shown inline.
// The calls are host imports (`document.*`, `canvas.*`), so a program using this module loads only under a
// profile with the `dom` capability (`:host browser`); elsewhere it is refused before it runs.
// JavaScript values are i32 handles into the host's handle table (the compiler has no externref type).
//
// `display::Canvas` (display.rs) stays the profile-independent way to draw: it records the drawing in Rust
// and the front end renders it.

pub mod web {
    /// An element of the document (a handle into the host's table of JavaScript values).
    pub struct Element {
        handle: i32,
    }

    impl Element {
        pub fn set_attribute(&self, name: &str, value: &str) {
            intrinsics::dom_set_attribute(self.handle, name, value);
        }

        pub fn append_child(&self, child: &Element) {
            intrinsics::dom_append_child(self.handle, child.handle);
        }
    }

    /// The page's `document`.
    pub struct Document {
        __private: u8,
    }

    pub fn document() -> Document {
        Document { __private: 0 }
    }

    impl Document {
        pub fn body(&self) -> Element {
            Element { handle: intrinsics::dom_body() }
        }

        pub fn create_element(&self, tag: &str) -> Element {
            Element { handle: intrinsics::dom_create_element(tag) }
        }

        /// The element with this `id` attribute in the document, if there is one.
        pub fn get_element_by_id(&self, id: &str) -> Option<Element> {
            let handle = intrinsics::dom_get_element_by_id(id);
            if handle < 0 { None } else { Some(Element { handle: handle }) }
        }
    }

    /// A `<canvas>` element of the document and its 2D context, with the context's methods in snake_case.
    /// Coordinates are in pixels from the top-left corner; angles in radians, clockwise; colors are CSS colors.
    pub struct Canvas {
        element: Element,
        context: i32,
    }

    impl Canvas {
        /// Creates `<canvas width=".." height="..">`, appends it to the body and gets its 2D context.
        pub fn new(width: u32, height: u32) -> Canvas {
            let doc = document();
            let element = doc.create_element("canvas");
            element.set_attribute("width", &format!("{}", width));
            element.set_attribute("height", &format!("{}", height));
            doc.body().append_child(&element);
            let context = intrinsics::dom_context_2d(element.handle);
            Canvas { element: element, context: context }
        }

        /// The `<canvas>` element, to give it an id or move it.
        pub fn element(&self) -> &Element {
            &self.element
        }

        pub fn set_fill_style(&mut self, color: &str) {
            intrinsics::canvas_set_fill_style(self.context, color);
        }

        pub fn set_stroke_style(&mut self, color: &str) {
            intrinsics::canvas_set_stroke_style(self.context, color);
        }

        pub fn set_line_width(&mut self, width: f64) {
            intrinsics::canvas_set_line_width(self.context, width);
        }

        pub fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            intrinsics::canvas_fill_rect(self.context, x, y, w, h);
        }

        pub fn stroke_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            intrinsics::canvas_stroke_rect(self.context, x, y, w, h);
        }

        pub fn clear_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
            intrinsics::canvas_clear_rect(self.context, x, y, w, h);
        }

        pub fn begin_path(&mut self) {
            intrinsics::canvas_begin_path(self.context);
        }

        pub fn close_path(&mut self) {
            intrinsics::canvas_close_path(self.context);
        }

        pub fn move_to(&mut self, x: f64, y: f64) {
            intrinsics::canvas_move_to(self.context, x, y);
        }

        pub fn line_to(&mut self, x: f64, y: f64) {
            intrinsics::canvas_line_to(self.context, x, y);
        }

        pub fn arc(&mut self, x: f64, y: f64, radius: f64, start_angle: f64, end_angle: f64) {
            intrinsics::canvas_arc(self.context, x, y, radius, start_angle, end_angle);
        }

        pub fn fill(&mut self) {
            intrinsics::canvas_fill(self.context);
        }

        pub fn stroke(&mut self) {
            intrinsics::canvas_stroke(self.context);
        }

        /// Shows the canvas as it is now, as a PNG image (it can be drawn on and shown again).
        pub fn show(&self) {
            intrinsics::dom_show_canvas(self.element.handle);
        }
    }
}
