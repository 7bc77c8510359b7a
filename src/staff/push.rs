//! `GET /staff/push/key`, `POST /staff/push/subscribe`, `POST /staff/push/unsubscribe`:
//! the console's "Notify me on this device" switch. Both POSTs need the session and its
//! CSRF token, like every staff POST; each is audited with the staff id only (never the
//! endpoint, which is a capability).

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRef, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use crate::notify::push::{BrowserSubscription, PushError, Subscriber, WebPush};
use crate::staff::auth::{AuthError, StaffAuth};

/// A `PushSubscription` is well under 1 KB; endpoints are capped at 2 KB.
const MAX_BODY: usize = 4 * 1024;

/// What the push routes use, derived from the application state by `startup`.
#[derive(Clone)]
pub struct PushState {
    /// Who is logged in, and the CSRF check.
    pub staff_auth: Arc<StaffAuth>,
    /// The VAPID key and the kept subscriptions.
    pub push: Arc<WebPush>,
}

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    PushState: FromRef<S>,
{
    Router::new()
        .route("/staff/push/key", get(key))
        .route("/staff/push/subscribe", post(subscribe))
        .route("/staff/push/unsubscribe", post(unsubscribe))
        .layer(DefaultBodyLimit::max(MAX_BODY))
}

async fn key(State(app): State<PushState>, headers: HeaderMap) -> Response {
    match app.staff_auth.session(&headers).await {
        Some(_) => Json(json!({"key": app.push.public_key()})).into_response(),
        None => AuthError::Unauthenticated.into_response(),
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

fn push_error(e: PushError) -> Response {
    let status = match e {
        PushError::BadRequest => StatusCode::BAD_REQUEST,
        PushError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    };
    (status, Json(json!({"error": e.to_string()}))).into_response()
}

async fn subscribe(State(app): State<PushState>, headers: HeaderMap, body: Bytes) -> Response {
    let member = match app.staff_auth.require_csrf(&headers).await {
        Ok(m) => m,
        Err(e) => return e.into_response(),
    };
    // Parse errors can quote the input: dropped unread.
    let Some(sub) = is_json(&headers)
        .then(|| serde_json::from_slice::<BrowserSubscription>(&body).ok())
        .flatten()
    else {
        return push_error(PushError::BadRequest);
    };
    let who = Subscriber {
        id: &member.id,
        regions: &member.regions,
        all: member.is_admin(),
    };
    match app.push.subscribe(who, sub).await {
        Ok(()) => {
            tracing::info!(target: "audit", staff = %member.id, action = "push_subscribe", "staff action");
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => push_error(e),
    }
}

#[derive(Deserialize)]
struct Unsubscribe {
    endpoint: String,
}

async fn unsubscribe(State(app): State<PushState>, headers: HeaderMap, body: Bytes) -> Response {
    let member = match app.staff_auth.require_csrf(&headers).await {
        Ok(m) => m,
        Err(e) => return e.into_response(),
    };
    let Some(request) = is_json(&headers)
        .then(|| serde_json::from_slice::<Unsubscribe>(&body).ok())
        .flatten()
    else {
        return push_error(PushError::BadRequest);
    };
    match app.push.unsubscribe(&member.id, &request.endpoint).await {
        Ok(()) => {
            tracing::info!(target: "audit", staff = %member.id, action = "push_unsubscribe", "staff action");
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => push_error(e),
    }
}
