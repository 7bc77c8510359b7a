//! Many instances, one Redis: conversations that hop between instances after every
//! message, events relayed between instances, Redis dying and coming back, Redis
//! Cluster, and expiry that leaves no key behind. Every Redis here is a real
//! `redis-server` started by the harness.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::flows::{content_frames, expected, paths};
use common::redis::{RedisCluster, RedisServer, all_lotsa_keys, lotsa_keys};
use common::{TestApp, Ws, choice_ids, last_ask, spawn_app_with_redis, token_of};
use serde_json::{Value, json};

async fn resume(app: &TestApp, token: &str) -> (Ws, Vec<Value>) {
    let mut ws = app.ws().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    let frames = ws.until_ask().await;
    assert_eq!(token_of(&frames), token, "resumed the same conversation");
    (ws, frames)
}

/// Every choice of every node in every language, reconnecting to the other instance
/// before every message: the answers are exactly what the engine says.
/// One task per language, all against the same two instances.
async fn walk_across(a: &Arc<TestApp>, b: &Arc<TestApp>) {
    let content = Arc::new(common::content());
    let paths = Arc::new(paths(&content));
    let mut tasks = Vec::new();
    for lang in content.locales.all() {
        let (content, paths, a, b) = (content.clone(), paths.clone(), a.clone(), b.clone());
        tasks.push(tokio::spawn(
            async move { walk_one(&content, &paths, lang, &a, &b).await },
        ));
    }
    for t in tasks {
        t.await.expect("the walk in one language");
    }
}

async fn walk_one(
    content: &lotsa::content::Content,
    paths: &std::collections::HashMap<lotsa::flow::NodeId, Vec<String>>,
    lang: lotsa::i18n::LangIdx,
    a: &TestApp,
    b: &TestApp,
) {
    {
        let code = content.locales.code(lang).to_string();
        // The handoff's own nodes need a team on duty (tests/handoff_redis.rs).
        for node_id in content
            .flows
            .ids()
            .filter(|id| paths.contains_key(id) && !content.flows.in_case(*id))
        {
            for choice in &content.flows.node(node_id).choices {
                let mut path = paths[&node_id].clone();
                path.push(choice.id.clone());
                let mut ws = a.ws().await;
                let token = token_of(&ws.start(Some(&code)).await);
                drop(ws);
                let mut frames = Vec::new();
                for (i, id) in path.iter().enumerate() {
                    let there = if i % 2 == 0 { b } else { a };
                    let (mut ws, _) = resume(there, &token).await;
                    frames = content_frames(ws.choose(id).await);
                }
                let (_, want) = expected(content, lang, &path);
                assert_eq!(frames, want, "{code}: {}", path.join(" → "));
            }
        }
        // And ending on one instance ends it for the other.
        let mut ws = a.ws().await;
        let token = token_of(&ws.start(Some(&code)).await);
        let (mut ws, _) = resume(b, &token).await;
        assert_eq!(ws.choose("nav.end").await.last().unwrap()["state"], "closed");
        let mut ws = a.ws().await;
        ws.send(json!({"type": "resume", "token": token})).await;
        assert_eq!(ws.until_ask().await[0]["code"], "session_expired");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_one_redis_and_every_flow_completes_across_them() {
    let redis = RedisServer::start().await;
    let a = Arc::new(spawn_app_with_redis(&redis.url(), "").await);
    let b = Arc::new(spawn_app_with_redis(&redis.url(), "").await);
    walk_across(&a, &b).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_cluster_serves_whole_conversations() {
    let cluster = RedisCluster::start().await;
    let a = Arc::new(spawn_app_with_redis(&cluster.url(), "").await);
    let b = Arc::new(spawn_app_with_redis(&cluster.url(), "").await);
    walk_across(&a, &b).await;
    quick_exit_on_one_instance_closes_the_page_on_the_other(&a, &b).await;
    // The walks' conversations (left to expire) are spread over the nodes by their hash
    // tags, each key named by a pseudonym alone.
    let mut nodes_used = 0;
    for node in &cluster.nodes {
        let keys = lotsa_keys(&mut node.client().await).await;
        nodes_used += usize::from(!keys.is_empty());
        for key in keys {
            let hex = key.strip_prefix("lotsa:{").and_then(|k| k.strip_suffix('}')).unwrap();
            assert!(hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()), "{key}");
        }
    }
    assert_eq!(nodes_used, 3, "every node holds sessions");
}

async fn quick_exit_on_one_instance_closes_the_page_on_the_other(a: &TestApp, b: &TestApp) {
    // The beacon goes to B; the page's socket is on A.
    let mut ws = a.ws().await;
    let token = token_of(&ws.start(Some("sv")).await);
    ws.choose("promise.ok").await;
    let response = reqwest::Client::new()
        .post(b.http("/chat/end"))
        .body(token.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(ws.recv().await, json!({"type": "status", "state": "closed"}));
    // Detached: the next message has no conversation, and the token is gone.
    ws.send(json!({"type": "choose", "id": "safety.yes"})).await;
    assert_eq!(ws.recv().await["code"], "no_session");
    assert!(b.token_is_gone(&token).await);

    // `end` from a second tab on B closes the first tab's socket on A.
    let mut first = a.ws().await;
    let token = token_of(&first.start(Some("en")).await);
    let (mut second, _) = resume(b, &token).await;
    assert_eq!(second.choose("nav.end").await.last().unwrap()["state"], "closed");
    assert_eq!(first.recv().await, json!({"type": "status", "state": "closed"}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_reaches_a_page_on_another_instance() {
    let redis = RedisServer::start().await;
    let a = spawn_app_with_redis(&redis.url(), "").await;
    let b = spawn_app_with_redis(&redis.url(), "").await;
    quick_exit_on_one_instance_closes_the_page_on_the_other(&a, &b).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_down_gives_the_degraded_answer_and_the_conversation_resumes_after_restart() {
    let content = common::content();
    let mut redis = RedisServer::start().await;
    let a = spawn_app_with_redis(&redis.url(), "").await;
    let b = spawn_app_with_redis(&redis.url(), "").await;
    let mut ws = a.ws().await;
    let token = token_of(&ws.start(Some("ar")).await);
    ws.choose("promise.ok").await;
    ws.choose("safety.yes").await;

    redis.kill();
    for _ in 0..2 {
        let sent = Instant::now();
        ws.send(json!({"type": "choose", "id": "who.self"})).await;
        let error = ws.recv().await;
        let contacts = ws.recv().await;
        assert!(
            sent.elapsed() < Duration::from_secs(3),
            "answered in {:?}",
            sent.elapsed()
        );
        assert_eq!(error["code"], "unavailable");
        assert_eq!(error["lang"], "ar", "in the person's language");
        assert!(error["text"].as_str().unwrap().contains("112"), "{error}");
        let text = contacts["text"].as_str().unwrap();
        assert_eq!(contacts["type"], "say");
        assert!(text.contains("National Support") && text.contains("112"), "{text}");
    }
    // Ending cannot erase anything now, so it says so rather than pretend.
    ws.send(json!({"type": "end"})).await;
    assert_eq!(ws.recv().await["code"], "unavailable");
    assert_eq!(ws.recv().await["type"], "say");
    // A new visitor also gets the degraded answer rather than a hang.
    let mut newcomer = b.ws().await;
    newcomer.send(json!({"type": "start", "lang": "sv"})).await;
    assert_eq!(newcomer.recv().await["code"], "unavailable");
    assert_eq!(a.readyz().await, 503);
    let health = reqwest::get(a.http("/healthz")).await.unwrap();
    assert_eq!(health.status(), 200, "alive while not ready");

    // Redis returns with its AOF; nothing needs restarting.
    redis.restart().await;
    a.wait_ready().await;
    b.wait_ready().await;
    let frames = content_frames(ws.choose("who.self").await);
    let path = ["promise.ok", "safety.yes", "who.self"].map(String::from);
    let lang = content.locales.by_code("ar").unwrap();
    assert_eq!(frames, expected(&content, lang, &path).1, "continues where it was");
    let (mut other, _) = resume(&b, &token).await;
    let next = other.choose("check.start").await;
    assert!(choice_ids(last_ask(&next)).iter().any(|c| c.starts_with("nav.")));
    assert!(!next.iter().any(|f| f["type"] == "error"), "{next:?}");
}

/// Redis restarts while nobody is writing (a deploy, a failover). As soon as Redis is back,
/// the next message is answered normally: the connection that Redis dropped is noticed
/// and replaced on that message, not reported to the person. (Nothing else touches the
/// instance's connection in between; a `/readyz` probe would have replaced it first.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_message_after_a_redis_restart_is_answered_normally() {
    let mut redis = RedisServer::start().await;
    let app = spawn_app_with_redis(&redis.url(), "").await;
    let mut web = app.ws().await;
    web.start(Some("sv")).await;
    web.choose("promise.ok").await;

    redis.restart().await;
    let frames = web.choose("safety.yes").await;
    assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
    assert!(
        choice_ids(last_ask(&frames)).contains(&"who.self".to_string()),
        "{frames:?}"
    );
    // And a newcomer on the same instance is not turned away either.
    let mut newcomer = app.ws().await;
    let frames = newcomer.start(Some("en")).await;
    assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_expiry_no_lotsa_key_remains() {
    let redis = RedisServer::start().await;
    let a = spawn_app_with_redis(&redis.url(), "session_idle_secs = 1").await;
    let b = spawn_app_with_redis(&redis.url(), "session_idle_secs = 1").await;
    let mut conn = redis.client().await;
    let mut sockets = Vec::new();
    for (i, lang) in ["sv", "en", "ar"].iter().enumerate() {
        let app = if i % 2 == 0 { &a } else { &b };
        let mut ws = app.ws().await;
        ws.start(Some(lang)).await;
        ws.choose("promise.ok").await;
        sockets.push(ws);
    }
    let keys = lotsa_keys(&mut conn).await;
    assert_eq!(keys.len(), 3, "{keys:?}");
    for key in &keys {
        let ttl: i64 = redis::cmd("TTL").arg(key).query_async(&mut conn).await.unwrap();
        assert!((0..=1).contains(&ttl), "every key has the idle TTL: {ttl}");
    }
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(lotsa_keys(&mut conn).await, Vec::<String>::new());
    let dbsize: i64 = redis::cmd("DBSIZE").query_async(&mut conn).await.unwrap();
    let counters = all_lotsa_keys(&mut conn).await;
    assert!(counters.iter().all(|k| k.starts_with("lotsa:stats:")), "{counters:?}");
    assert_eq!(dbsize as usize, counters.len(), "nothing else was stored either");
}

/// Records name languages and steps, so a deploy with different flows can read them; a
/// record naming a step that no longer exists is gone: the person starts again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_from_other_flows_starts_again_and_is_cleared() {
    let redis = RedisServer::start().await;
    let a = spawn_app_with_redis(&redis.url(), "").await;
    let mut ws = a.ws().await;
    let token = token_of(&ws.start(Some("sv")).await);
    ws.choose("promise.ok").await;
    drop(ws);
    let mut conn = redis.client().await;
    let keys = lotsa_keys(&mut conn).await;
    assert_eq!(keys.len(), 1);
    let stored: Vec<u8> = redis::cmd("GET").arg(&keys[0]).query_async(&mut conn).await.unwrap();
    assert!(
        stored.windows(2).any(|w| w == b"sv"),
        "the language is stored by its code"
    );
    // As an older deploy whose flows had a step this one lacks would have written it.
    let _: () = redis::cmd("SET")
        .arg(&keys[0])
        .arg(b"\x01\x02sv\x0cretired-step\x00\x00".as_slice())
        .arg("EX")
        .arg(60)
        .query_async(&mut conn)
        .await
        .unwrap();
    let mut ws = a.ws().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    let frames = ws.until_ask().await;
    assert_eq!(frames[0]["code"], "session_expired");
    let fresh = token_of(&frames);
    assert_ne!(fresh, token);
    let keys_now = lotsa_keys(&mut conn).await;
    assert!(!keys_now.contains(&keys[0]), "the unreadable record was cleared");
    assert_eq!(keys_now.len(), 1, "only the fresh conversation remains");
}

/// The last command of each lotsa session fast-path connection on `node` (`CLIENT LIST`,
/// `name=lotsa-sessions`).
async fn fast_path_commands(node: &common::redis::RedisServer) -> Vec<String> {
    let list: String = redis::cmd("CLIENT")
        .arg("LIST")
        .query_async(&mut node.client().await)
        .await
        .unwrap();
    let name = format!("name={}", lotsa::session::cluster_route::CONNECTION_NAME);
    list.lines()
        .filter(|l| l.split(' ').any(|f| f == name))
        .filter_map(|l| l.split(' ').find_map(|f| f.strip_prefix("cmd=")).map(str::to_string))
        .collect()
}

/// Resumes `token`'s conversation on a new socket and takes the last of `ids`: the
/// answer is exactly what the engine says after all of them.
async fn step_along(
    app: &TestApp,
    token: &str,
    content: &lotsa::content::Content,
    lang: lotsa::i18n::LangIdx,
    ids: &[String],
) {
    let (mut ws, _) = resume(app, token).await;
    let got = content_frames(ws.choose(ids.last().unwrap()).await);
    assert_eq!(got, expected(content, lang, ids).1, "after {}", ids.join(" → "));
}

/// A step goes straight to the master of its slot (`session::cluster_route`); when the
/// slot moves to another master under a live conversation (first `ASK` while it moves,
/// then `MOVED`), the steps go through redis-rs's cluster connection, which follows the
/// redirections, until the new slot table is known. The person sees nothing of it: every
/// answer is what the engine says, and afterwards the steps go straight to the new master.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_goes_on_while_its_slot_moves_to_another_master() {
    let cluster = RedisCluster::start().await;
    let app = spawn_app_with_redis(&cluster.url(), "").await;
    let content = common::content();
    let lang = content.locales.all().next().unwrap();
    let code = content.locales.code(lang).to_string();
    let path = paths(&content).into_values().max_by_key(Vec::len).unwrap();
    assert!(path.len() >= 4, "a path long enough for every stage: {path:?}");

    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some(&code)).await);
    drop(ws);
    step_along(&app, &token, &content, lang, &path[..1]).await;

    // Where the conversation lives, and a master to move it to.
    let [key] = <[String; 1]>::try_from(cluster.lotsa_keys().await).expect("one conversation");
    let mut source = None;
    for (i, node) in cluster.nodes.iter().enumerate() {
        if lotsa_keys(&mut node.client().await).await.contains(&key) {
            source = Some(i);
        }
    }
    let source = source.unwrap();
    let target = (source + 1) % cluster.nodes.len();
    let (src, dst) = (&cluster.nodes[source], &cluster.nodes[target]);
    // The slot table is asked for in the background after the first command.
    reads_go_straight_to(&app, &token, src).await;
    let mut s = src.client().await;
    let mut d = dst.client().await;
    let slot: u16 = redis::cmd("CLUSTER")
        .arg("KEYSLOT")
        .arg(&key)
        .query_async(&mut s)
        .await
        .unwrap();
    let src_id: String = redis::cmd("CLUSTER").arg("MYID").query_async(&mut s).await.unwrap();
    let dst_id: String = redis::cmd("CLUSTER").arg("MYID").query_async(&mut d).await.unwrap();
    let setslot = |state: &'static str, id: &str| {
        let mut c = redis::cmd("CLUSTER");
        c.arg("SETSLOT").arg(slot).arg(state).arg(id);
        c
    };

    // Moving: the key is still on the source, which serves it.
    setslot("IMPORTING", &src_id).query_async::<()>(&mut d).await.unwrap();
    setslot("MIGRATING", &dst_id).query_async::<()>(&mut s).await.unwrap();
    step_along(&app, &token, &content, lang, &path[..2]).await;

    // The key has moved, the slot not yet: the source answers `ASK`.
    redis::cmd("MIGRATE")
        .arg("127.0.0.1")
        .arg(dst.port)
        .arg(&key)
        .arg(0)
        .arg(5000)
        .query_async::<()>(&mut s)
        .await
        .unwrap();
    step_along(&app, &token, &content, lang, &path[..3]).await;

    // The slot has moved: the source answers `MOVED`.
    for node in &cluster.nodes {
        setslot("NODE", &dst_id)
            .query_async::<()>(&mut node.client().await)
            .await
            .unwrap();
    }
    step_along(&app, &token, &content, lang, &path[..4]).await;
    assert!(
        lotsa_keys(&mut d).await.contains(&key),
        "the conversation is on the new master"
    );
    assert!(!lotsa_keys(&mut s).await.contains(&key), "and no longer on the old one");

    // A new table is asked for in the background; then the conversation is read
    // straight from the new master.
    reads_go_straight_to(&app, &token, dst).await;
}

/// Resumes `token`'s conversation (which reads it with `GETEX`) until a fast-path
/// connection on `node` has run that read; fails after 10 s.
async fn reads_go_straight_to(app: &TestApp, token: &str, node: &common::redis::RedisServer) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        resume(app, token).await;
        if fast_path_commands(node).await.iter().any(|c| c == "getex") {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "reads never went straight to the slot's master"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
