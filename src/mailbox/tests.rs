//! The mailbox on the in-memory store with a clock the test moves.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use super::*;
use crate::session::kv::MemoryKv;

const DAY: i64 = 86_400;

struct Fixture {
    kv: Arc<MemoryKv>,
    now: Arc<AtomicI64>,
    mailbox: Mailbox,
}

fn fixture(keep_days: u64) -> Fixture {
    let kv = Arc::new(MemoryKv::default());
    let now = Arc::new(AtomicI64::new(1_800_000_000));
    let clock: Clock = {
        let now = now.clone();
        Arc::new(move || now.load(Ordering::SeqCst))
    };
    let settings = MailboxSettings {
        enabled: true,
        keep: Duration::from_secs(keep_days * DAY as u64),
    };
    let roots = Roots::single(crate::privacy::random_root());
    let mailbox = Mailbox::new(kv.clone(), settings, &roots, clock);
    Fixture { kv, now, mailbox }
}

const ALL: Scope<'static> = Scope {
    regions: &[],
    all: true,
};

fn dump_has(kv: &MemoryKv, needle: &[u8]) -> bool {
    kv.dump().iter().any(|v| v.windows(needle.len()).any(|w| w == needle))
}

#[tokio::test]
async fn leave_answer_open_reply_delete() {
    let f = fixture(14);
    let m = &f.mailbox;
    let receipt = m.leave(Region::Syd, "sv", "SENTINEL-hjälp mig", None).await.unwrap();
    let code = receipt.to_string();
    let key = m.key_of(&code).unwrap();
    assert_eq!(m.open(&key).await.unwrap(), Some(Opened::Waiting));
    assert!(!dump_has(&f.kv, b"SENTINEL"), "the text is sealed");
    assert!(
        !dump_has(&f.kv, code.replace(' ', "").as_bytes()),
        "the code is not kept"
    );

    let syd = [Region::Syd];
    let vast = [Region::Vast];
    let items = m
        .list(Scope {
            regions: &syd,
            all: false,
        })
        .await
        .unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].text, "SENTINEL-hjälp mig");
    assert_eq!(items[0].state, StaffState::New);
    let id = items[0].item.clone();
    assert!(
        m.list(Scope {
            regions: &vast,
            all: false
        })
        .await
        .unwrap()
        .is_empty()
    );
    assert_eq!(
        m.answer(
            &id,
            Scope {
                regions: &vast,
                all: false
            },
            "x"
        )
        .await
        .unwrap_err(),
        MailboxError::NotFound,
        "another region's item is not found"
    );
    assert_eq!(
        m.answer("MZZZZZZZ", ALL, "x").await.unwrap_err(),
        MailboxError::NotFound
    );
    m.answer(
        &id,
        Scope {
            regions: &syd,
            all: false,
        },
        "Vi hör av oss",
    )
    .await
    .unwrap();
    assert_eq!(m.list(ALL).await.unwrap()[0].state, StaffState::Answered);
    assert_eq!(
        m.open(&key).await.unwrap(),
        Some(Opened::Answered {
            answers: vec!["Vi hör av oss".into()]
        })
    );
    assert_eq!(m.list(ALL).await.unwrap()[0].state, StaffState::Read);
    assert!(m.reply(&key, "tack").await.unwrap());
    assert!(!m.reply(&key, "igen").await.unwrap(), "one reply only");
    let item = &m.list(ALL).await.unwrap()[0];
    assert_eq!(item.state, StaffState::New);
    assert_eq!(item.reply.as_deref(), Some("tack"));
    assert!(m.delete(&key).await.unwrap());
    assert_eq!(m.open(&key).await.unwrap(), None);
    assert!(!m.delete(&key).await.unwrap());
    assert!(f.kv.keys().is_empty(), "nothing left: {:?}", f.kv.keys());
}

#[tokio::test]
async fn text_is_bounded_in_characters() {
    let f = fixture(14);
    let m = &f.mailbox;
    let arabic = "ب".repeat(MAX_CHARS);
    assert!(arabic.len() > MAX_CHARS, "more bytes than characters");
    assert!(m.leave(Region::National, "ar", &arabic, None).await.is_ok());
    let long = "a".repeat(MAX_CHARS + 1);
    assert_eq!(
        m.leave(Region::National, "en", &long, None).await.unwrap_err(),
        MailboxError::TooLong
    );
    assert_eq!(
        m.leave(Region::National, "en", "  \n ", None).await.unwrap_err(),
        MailboxError::Empty
    );
}

#[tokio::test]
async fn items_expire_after_keep_days_and_a_day_after_reading() {
    let f = fixture(3);
    let m = &f.mailbox;
    let unread = m.leave(Region::Syd, "en", "one", None).await.unwrap();
    let read = m.leave(Region::Syd, "en", "two", None).await.unwrap();
    let read_key = m.key_of(&read.to_string()).unwrap();
    let id = m
        .list(ALL)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.text == "two")
        .unwrap()
        .item;
    f.now.fetch_add(DAY, Ordering::SeqCst);
    m.answer(&id, ALL, "answer").await.unwrap();
    assert!(matches!(
        m.open(&read_key).await.unwrap(),
        Some(Opened::Answered { .. })
    ));
    f.now.fetch_add(DAY - 1, Ordering::SeqCst);
    assert_eq!(m.sweep().await.unwrap(), 0);
    f.now.fetch_add(1, Ordering::SeqCst);
    assert_eq!(m.sweep().await.unwrap(), 1, "24 h after reading");
    assert_eq!(m.open(&read_key).await.unwrap(), None);
    f.now.fetch_add(DAY, Ordering::SeqCst);
    assert_eq!(m.sweep().await.unwrap(), 1, "keep_days after leaving");
    assert_eq!(m.open(&m.key_of(&unread.to_string()).unwrap()).await.unwrap(), None);
    assert!(f.kv.keys().is_empty(), "nothing left: {:?}", f.kv.keys());
}

#[tokio::test]
async fn codes_are_typed_loosely_but_only_digits() {
    let f = fixture(14);
    let m = &f.mailbox;
    let receipt = m.leave(Region::Syd, "en", "hello", None).await.unwrap();
    let digits: String = receipt.to_string().replace(' ', "");
    let dashed = format!(
        "{}-{}-{}-{}",
        &digits[..4],
        &digits[4..8],
        &digits[8..12],
        &digits[12..]
    );
    assert_eq!(m.key_of(&dashed), m.key_of(&receipt.to_string()));
    assert!(m.open(&m.key_of(&digits).unwrap()).await.unwrap().is_some());
    assert_eq!(m.key_of("1234"), None);
    assert_eq!(m.key_of("abcd efgh ijkl mnop"), None);
}

#[tokio::test]
async fn disabled_refuses() {
    let mut f = fixture(14);
    f.mailbox.settings.enabled = false;
    assert_eq!(
        f.mailbox.leave(Region::Syd, "en", "x", None).await.unwrap_err(),
        MailboxError::Disabled
    );
}

#[tokio::test]
async fn an_item_left_before_a_key_rotation_still_opens_by_its_code() {
    use secrecy::{ExposeSecret, SecretBox};
    let kv = Arc::new(MemoryKv::default());
    let old = crate::privacy::random_root();
    let copy = |r: &SecretBox<[u8; 32]>| SecretBox::new(Box::new(*r.expose_secret()));
    let clock: Clock = Arc::new(|| 1_800_000_000);
    let before = Mailbox::new(
        kv.clone(),
        MailboxSettings::default(),
        &Roots::single(copy(&old)),
        clock.clone(),
    );
    let receipt = before.leave(Region::Syd, "en", "before", None).await.unwrap();
    let rotated = Roots {
        current: crate::privacy::random_root(),
        previous: Some(old),
    };
    let after = Mailbox::new(kv.clone(), MailboxSettings::default(), &rotated, clock);
    let id = after.list(ALL).await.unwrap()[0].item.clone();
    assert_eq!(after.list(ALL).await.unwrap()[0].text, "before", "staff still read it");
    after.answer(&id, ALL, "answer").await.unwrap();
    let (key, opened) = after.open_code(b"x", &receipt.to_string()).await.unwrap();
    assert_eq!(
        opened,
        Opened::Answered {
            answers: vec!["answer".into()]
        }
    );
    assert!(after.reply(&key, "reply").await.unwrap());
    after.delete_code(b"x", &receipt.to_string()).await.unwrap();
    assert!(kv.keys().is_empty());
}
