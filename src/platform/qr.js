// The QR code module (`dist/qr/`, the `waymark-qr` crate) is its own wasm, imported only when
// a result page asks for a code. Imported by `src/platform/qr.rs`.
export function qr_svg(module_url, text) {
  return import(new URL(module_url, document.baseURI).href).then(async (m) => {
    await m.default();
    return m.qr_svg(text);
  });
}
