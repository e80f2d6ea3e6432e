//! Fetching content files.

/// GET a text file. Any failure (network, HTTP status) becomes `(url, reason)`.
pub async fn text(url: &str) -> Result<String, (String, String)> {
    let fail = |reason: String| (url.to_string(), reason);
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| fail(e.to_string()))?;
    if !resp.ok() {
        return Err(fail(format!("HTTP {}", resp.status())));
    }
    resp.text().await.map_err(|e| fail(e.to_string()))
}
