//! QR codes as SVG, for taking a result away on a phone. Kept out of the widget's own module
//! (the `qrcode` crate costs ~20 KB brotli): the widget imports this module only when a result
//! page shows, so the first question loads without it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use wasm_bindgen::prelude::wasm_bindgen;

/// An SVG drawing of a QR code holding `text` (error correction M, with its quiet zone), or an
/// empty string when the text is too long for a QR code.
#[wasm_bindgen]
pub fn qr_svg(text: &str) -> String {
    match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_url_and_refuses_what_does_not_fit() {
        let svg = qr_svg("http://127.0.0.1:8080/#result=dibao&hukou=local&people=3&income=1500");
        assert!(svg.contains("<svg"), "{svg}");
        assert!(svg.contains("<path"), "{svg}");
        assert_eq!(qr_svg(&"x".repeat(5000)), "");
    }
}
