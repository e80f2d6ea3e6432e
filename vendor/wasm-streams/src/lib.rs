//! A stand-in for `wasm-streams` 0.5 with only what `server_fn` 0.8 calls, for an app with no
//! server functions (see README.md): no stream classes exported from the wasm module.

use futures_util::Stream;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use wasm_bindgen::JsValue;

/// A JavaScript `ReadableStream`.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wrap a JavaScript stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// Rust streams are not turned into JavaScript ones here: this gives an empty stream.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let raw = web_sys::ReadableStream::new().unwrap_or_else(|e| wasm_bindgen::throw_val(e));
        Self { raw }
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// JavaScript streams are not read here: the Rust stream yields one error, then ends.
    pub fn into_stream(self) -> IntoStream<'static> {
        IntoStream {
            done: false,
            _reader: PhantomData,
        }
    }
}

/// The Rust side of [`ReadableStream::into_stream`].
pub struct IntoStream<'reader> {
    done: bool,
    _reader: PhantomData<&'reader ()>,
}

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        self.done = true;
        Poll::Ready(Some(Err(JsValue::from_str("streams are not supported in this build"))))
    }
}
