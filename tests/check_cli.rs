//! `lotsa check` rejects each kind of broken content with the right `file:line`, and the
//! repository's own content passes. Startup refuses the same broken content. A change to
//! an English message makes it stale in every translation, and `lotsa translations stamp`
//! records a translator's or reviewer's work.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const FLOW: &str = r#"[[node]]
id = "language"
kind = "picker"
ask = "pick"
next = "menu"

[[node]]
id = "menu"
ask = "q-menu"

[[node.choice]]
id = "menu.person"
label = "to-person"
next = "human"

[[node]]
id = "human"
say = ["hello"]
ask = "q-human"

[[node.choice]]
id = "human.menu"
label = "to-menu"
next = "menu"

[[node]]
id = "waiting"
ask = "q-wait"

[[node.choice]]
id = "wait.leave"
label = "to-menu"
next = "menu"

[[node]]
id = "fallback"
ask = "q-fallback"

[[node.choice]]
id = "fallback.leave"
label = "to-menu"
next = "menu"

[[node.choice]]
id = "fallback.wait"
label = "to-chat"
next = "waiting"
"#;

/// A small valid content tree (two locales) in a temporary directory.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("flows")).unwrap();
        fs::write(dir.path().join("flows/main.toml"), FLOW).unwrap();
        for lang in ["en", "sv"] {
            let mut ftl = format!("language-name = {lang}\n");
            for id in [
                "pick",
                "q-menu",
                "to-person",
                "q-human",
                "to-menu",
                "hello",
                "to-chat",
                "q-wait",
                "q-fallback",
            ] {
                ftl.push_str(&format!("{id} = {lang} {id}\n"));
            }
            for (id, vars) in lotsa::startup::required_messages() {
                let placeables: String = vars.iter().map(|v| format!(" {{ ${v} }}")).collect();
                ftl.push_str(&format!("{id} = {lang} {id}{placeables}\n"));
            }
            // A select over a count, to break plural categories on purpose.
            ftl.push_str("tg-forget-partial-count = { $count ->\n    [one] one\n   *[other] many\n}\n");
            fs::create_dir_all(dir.path().join("locales").join(lang)).unwrap();
            fs::write(dir.path().join("locales").join(lang).join("main.ftl"), ftl).unwrap();
            // English is the source; Swedish, here, a translation of it.
            let (fallback, status) = if lang == "en" {
                ("", "source")
            } else {
                ("\"en\"", "machine-drafted")
            };
            fs::write(
                dir.path().join("locales").join(lang).join("locale.toml"),
                format!("direction = \"ltr\"\nfallback = [{fallback}]\nstatus = \"{status}\"\n"),
            )
            .unwrap();
        }
        Fixture { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let p = self.path(rel);
        let s = fs::read_to_string(&p).unwrap();
        assert!(s.contains(from), "fixture lacks {from:?}");
        fs::write(&p, s.replacen(from, to, 1)).unwrap();
    }

    /// The 1-based line of `rel` that starts with `prefix`.
    fn line_of(&self, rel: &str, prefix: &str) -> usize {
        let s = fs::read_to_string(self.path(rel)).unwrap();
        s.lines().position(|l| l.starts_with(prefix)).expect("the line exists") + 1
    }

    /// Runs `lotsa check` here; returns (success, stderr).
    fn check(&self) -> (bool, String) {
        run_check(self.dir.path(), &self.path("flows"), &self.path("locales"))
    }
}

fn run_check(cwd: &Path, flows: &Path, locales: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .arg("check")
        .current_dir(cwd)
        .env_remove("LOTSA_CONFIG")
        .env("LOTSA_FLOWS_DIR", flows)
        .env("LOTSA_LOCALES_DIR", locales)
        .output()
        .expect("lotsa runs");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Asserts `check` fails and reports `file:line` containing `what`.
fn assert_rejects(fx: &Fixture, file: &str, line: usize, what: &str) {
    let (ok, stderr) = fx.check();
    assert!(!ok, "check should fail for {what}");
    let location = format!("{}:{line}:", fx.path(file).display());
    assert!(
        stderr.lines().any(|l| l.starts_with(&location) && l.contains(what)),
        "expected `{location} … {what}` in:\n{stderr}"
    );
}

#[test]
fn fixture_is_valid() {
    let fx = Fixture::new();
    let (ok, stderr) = fx.check();
    assert!(ok, "{stderr}");
}

#[test]
fn repository_content_passes() {
    let root = common::repo();
    let (ok, stderr) = run_check(&root, &root.join("flows"), &root.join("locales"));
    assert!(ok, "{stderr}");
}

#[test]
fn missing_target_node() {
    let fx = Fixture::new();
    fx.edit("flows/main.toml", "next = \"human\"", "next = \"humane\"");
    assert_rejects(&fx, "flows/main.toml", 14, "target node `humane` does not exist");
}

#[test]
fn unreachable_node() {
    let fx = Fixture::new();
    fs::write(fx.path("flows/extra.toml"), "\n[[node]]\nid = \"island\"\nask = \"q-menu\"\n\n[[node.choice]]\nid = \"x\"\nlabel = \"to-menu\"\nnext = \"menu\"\n").unwrap();
    assert_rejects(&fx, "flows/extra.toml", 3, "node `island` is unreachable");
}

#[test]
fn node_with_no_way_on() {
    let fx = Fixture::new();
    fx.edit(
        "flows/main.toml",
        "[[node.choice]]\nid = \"human.menu\"\nlabel = \"to-menu\"\nnext = \"menu\"\n",
        "",
    );
    assert_rejects(&fx, "flows/main.toml", 17, "node `human` has no way on");
}

#[test]
fn channel_needs_mailbox_steps_and_asides_are_checked_with_their_lines() {
    let fx = Fixture::new();
    fs::write(
        fx.path("flows/extra.toml"),
        "\n[[node]]\nid = \"leave\"\nkind = \"mailbox_write\"\nask = \"q-menu\"\n\n[[node.choice]]\nid = \"x\"\nlabel = \"to-menu\"\nnext = \"menu\"\nneeds = \"teleport\"\nmailbox = \"shred\"\n\n[node.without_live_chat]\nsay = [\"nowhere\"]\n",
    )
    .unwrap();
    assert_rejects(
        &fx,
        "flows/extra.toml",
        3,
        "node `leave` has no way on: a mailbox step needs `done`",
    );
    assert_rejects(&fx, "flows/extra.toml", 11, "unknown need `teleport`");
    assert_rejects(&fx, "flows/extra.toml", 12, "unknown mailbox action `shred`");
    assert_rejects(&fx, "flows/extra.toml", 15, "nowhere");

    let fx = Fixture::new();
    fx.edit(
        "flows/main.toml",
        "ask = \"q-human\"\n",
        "ask = \"q-human\"\ndone = \"menu\"\n",
    );
    assert_rejects(
        &fx,
        "flows/main.toml",
        17,
        "node `human`: only a mailbox step has `done`",
    );

    // A well-formed mailbox step, reached only through a choice that needs the mailbox,
    // with an aside for channels without a live chat, passes.
    let fx = Fixture::new();
    fx.edit(
        "flows/main.toml",
        "next = \"human\"\n",
        "next = \"human\"\n\n[[node.choice]]\nid = \"menu.leave\"\nlabel = \"to-chat\"\nnext = \"leave\"\nneeds = \"mailbox\"\n\n[node.without_live_chat]\nsay = [\"hello\"]\n",
    );
    fs::write(
        fx.path("flows/extra.toml"),
        "[[node]]\nid = \"leave\"\nkind = \"mailbox_write\"\nask = \"q-menu\"\ndone = \"menu\"\n",
    )
    .unwrap();
    let (ok, stderr) = fx.check();
    assert!(ok, "{stderr}");
}

#[test]
fn coverage_and_review_status_are_reported_per_locale() {
    let fx = Fixture::new();
    let out = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .arg("check")
        .current_dir(fx.dir.path())
        .env_remove("LOTSA_CONFIG")
        .env("LOTSA_FLOWS_DIR", fx.path("flows"))
        .env("LOTSA_LOCALES_DIR", fx.path("locales"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let en = stdout.lines().find(|l| l.starts_with("en ")).expect("a line for en");
    let total = en
        .split_whitespace()
        .find(|w| w.contains('/'))
        .unwrap()
        .split('/')
        .nth(1)
        .unwrap()
        .to_string();
    assert!(en.contains("(100%)") && en.ends_with("source"), "{stdout}");
    // A translation with no records yet: nothing reviewed, every message stale.
    let sv = stdout.lines().find(|l| l.starts_with("sv ")).expect("a line for sv");
    assert!(
        sv.contains(&format!("machine-drafted  reviewed 0/{total} (0%)  stale {total}")),
        "{stdout}"
    );

    // One message less in sv: the check fails, and says how far sv is.
    fx.edit("locales/sv/main.ftl", "hello = sv hello\n", "");
    let (ok, stderr) = fx.check();
    assert!(!ok);
    let sv = stderr.lines().find(|l| l.starts_with("sv ")).expect("a line for sv");
    let n: usize = total.parse().unwrap();
    assert!(sv.contains(&format!("{}/{n} messages", n - 1)), "{stderr}");
}

#[test]
fn a_plural_category_the_language_lacks_is_rejected() {
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/main.ftl",
        "    [one] one\n",
        "    [one] one\n    [few] few\n",
    );
    let line = fx.line_of("locales/sv/main.ftl", "tg-forget-partial-count");
    assert_rejects(&fx, "locales/sv/main.ftl", line, "plural category `[few]`");
}

#[test]
fn a_message_only_one_locale_has_is_rejected() {
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/main.ftl",
        "hello = sv hello\n",
        "hello = sv hello\nhelo = sv typo\n",
    );
    let line = fx.line_of("locales/sv/main.ftl", "helo");
    assert_rejects(&fx, "locales/sv/main.ftl", line, "message `helo` is not in `en`");
}

#[test]
fn locale_metadata_is_checked_with_its_line() {
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/locale.toml",
        "status = \"machine-drafted\"",
        "status = \"reviewed\"",
    );
    // Review is per message; a whole-locale claim would outlive the next source change.
    assert_rejects(&fx, "locales/sv/locale.toml", 3, "--reviewed-by");
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/locale.toml",
        "status = \"machine-drafted\"",
        "translated_from = \"nb\"\nstatus = \"machine-drafted\"",
    );
    assert_rejects(
        &fx,
        "locales/sv/locale.toml",
        3,
        "`translated_from = \"nb\"` is not a locale",
    );
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/locale.toml",
        "fallback = [\"en\"]",
        "fallback = [\"en\", \"nb\"]",
    );
    assert_rejects(&fx, "locales/sv/locale.toml", 2, "fallback `nb` is not a locale");
    let fx = Fixture::new();
    fx.edit("locales/sv/locale.toml", "direction = \"ltr\"", "direction = \"rtl\"");
    assert_rejects(&fx, "locales/sv/locale.toml", 1, "written ltr");
    let fx = Fixture::new();
    fs::remove_file(fx.path("locales/sv/locale.toml")).unwrap();
    let (ok, stderr) = fx.check();
    assert!(
        !ok && stderr.contains("locale.toml") && stderr.contains("docs/translation.md"),
        "{stderr}"
    );
}

#[test]
fn message_missing_in_one_locale() {
    let fx = Fixture::new();
    fx.edit("locales/sv/main.ftl", "hello = sv hello\n", "");
    assert_rejects(&fx, "flows/main.toml", 18, "message `hello` is missing in locale `sv`");
}

#[test]
fn variable_missing_in_one_locale() {
    let fx = Fixture::new();
    fx.edit(
        "locales/sv/main.ftl",
        "contact-phone = sv contact-phone { $name } { $phone }",
        "contact-phone = sv contact-phone { $name }",
    );
    let line = fx.line_of("locales/sv/main.ftl", "contact-phone");
    assert_rejects(&fx, "locales/sv/main.ftl", line, "missing variable `$phone`");
}

#[test]
fn unknown_variable_in_a_flow_message() {
    let fx = Fixture::new();
    fx.edit("locales/en/main.ftl", "hello = en hello", "hello = en hello { $name }");
    assert_rejects(
        &fx,
        "locales/en/main.ftl",
        7,
        "uses variable `$name`, which is never provided",
    );
}

#[test]
fn duplicated_choice_id() {
    let fx = Fixture::new();
    fx.edit("flows/main.toml", "id = \"human.menu\"\nlabel = \"to-menu\"\nnext = \"menu\"\n", "id = \"human.menu\"\nlabel = \"to-menu\"\nnext = \"menu\"\n\n[[node.choice]]\nid = \"human.menu\"\nlabel = \"to-person\"\nnext = \"human\"\n");
    assert_rejects(&fx, "flows/main.toml", 27, "choice id `human.menu` is duplicated");
}

#[test]
fn ftl_that_does_not_parse() {
    let fx = Fixture::new();
    fx.edit(
        "locales/en/main.ftl",
        "to-menu = en to-menu\n",
        "to-menu = en { to-menu\n",
    );
    assert_rejects(&fx, "locales/en/main.ftl", 6, "Fluent syntax error");
}

#[test]
fn toml_that_does_not_parse_or_has_unknown_keys() {
    let fx = Fixture::new();
    fx.edit(
        "flows/main.toml",
        "ask = \"q-human\"",
        "ask = \"q-human\"\nsya = [\"hello\"]",
    );
    assert_rejects(&fx, "flows/main.toml", 20, "unknown field `sya`");
}

#[test]
fn invalid_configuration_names_the_key() {
    let fx = Fixture::new();
    fs::write(
        fx.path("lotsa.toml"),
        "[[contacts.national]]\nname = \"x\"\nphone = \"call me\"\n",
    )
    .unwrap();
    let (ok, stderr) = fx.check();
    assert!(!ok);
    assert!(stderr.contains("contacts.national[0].phone"), "{stderr}");
}

#[tokio::test]
async fn startup_refuses_broken_content() {
    let fx = Fixture::new();
    fx.edit("flows/main.toml", "next = \"human\"", "next = \"nowhere\"");
    let settings = lotsa::config::Settings::from_toml(&format!(
        "bind = \"127.0.0.1:0\"\nflows_dir = \"{}\"\nlocales_dir = \"{}\"",
        fx.path("flows").display(),
        fx.path("locales").display()
    ))
    .unwrap();
    let err = lotsa::startup::Application::build(settings)
        .await
        .err()
        .expect("startup fails");
    assert!(
        err.to_string().contains("target node `nowhere` does not exist"),
        "{err}"
    );
}

#[test]
fn example_configuration_is_valid_and_marks_every_number() {
    let root = common::repo();
    let path = root.join("deploy/lotsa.example.toml");
    lotsa::config::Settings::from_file(&path).expect("the example configuration loads");
    for (i, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
        let value = line.split('#').next().unwrap();
        let has_number = value.trim_start().starts_with("phone")
            || value.trim_start().starts_with("url")
            || value.contains("manual_url");
        if has_number {
            assert!(
                line.contains("verify before use"),
                "line {} lacks \"verify before use\": {line}",
                i + 1
            );
        }
    }
}

/// Runs `lotsa staff hash-password` with `stdin` piped in, with no configuration at all.
fn hash_password_cli(stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .args(["staff", "hash-password"])
        .env("LOTSA_CONFIG", "/nonexistent/lotsa.toml")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lotsa runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn staff_hash_password_prints_an_argon2id_hash_of_one_stdin_line() {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    for (input, password) in [
        (&b"s3cret pass phrase\n"[..], "s3cret pass phrase"),
        (b"windows line\r\n", "windows line"),
        (b"no newline", "no newline"),
    ] {
        let out = hash_password_cli(input);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let hash = PasswordHash::new(stdout.trim_end()).expect("a PHC string");
        assert_eq!(hash.algorithm, argon2::ARGON2ID_IDENT);
        let argon = argon2::Argon2::default();
        assert!(argon.verify_password(password.as_bytes(), &hash).is_ok(), "{input:?}");
        assert!(
            argon
                .verify_password(format!("{password}\n").as_bytes(), &hash)
                .is_err()
        );
        // The printed hash is what [[staff]] accepts.
        let toml = format!(
            "[[staff]]\nid = \"anna\"\npassword_hash = \"{}\"\nrole = \"admin\"",
            stdout.trim_end()
        );
        lotsa::config::Settings::from_toml(&toml).expect("the hash loads as configuration");
    }
}

#[test]
fn staff_hash_password_refuses_an_empty_password() {
    for input in [&b"\n"[..], b"", b"\r\n"] {
        let out = hash_password_cli(input);
        assert!(!out.status.success(), "{input:?}");
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
    }
}

/// Runs `lotsa` with `args` on `locales` (and the repository's flows); returns (success,
/// stdout, stderr).
fn lotsa(cwd: &Path, locales: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LOTSA_CONFIG")
        .env("LOTSA_FLOWS_DIR", common::repo().join("flows"))
        .env("LOTSA_LOCALES_DIR", locales)
        .output()
        .expect("lotsa runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The coverage line `lotsa check` prints for `code`.
fn coverage_line<'a>(stdout: &'a str, code: &str) -> &'a str {
    stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some(code))
        .unwrap_or_else(|| panic!("no coverage line for {code}:\n{stdout}"))
}

/// The translations of a copy of the repository's locales: every locale but the sources.
fn translations(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter(|l| l.contains(" messages (") && !l.trim_end().ends_with("source"))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn a_changed_english_message_is_stale_in_every_translation_and_ends_its_review() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&common::repo().join("locales"), &locales);
    let run = |args: &[&str]| lotsa(tmp.path(), &locales, args);
    let stale = |stdout: &str, code: &str| -> Vec<String> {
        let at = format!("{}/", locales.join(code).display());
        stdout
            .lines()
            .filter(|l| l.starts_with(&at) && l.contains("stale: `need-legal`"))
            .map(str::to_string)
            .collect()
    };

    // A reviewer signs one Arabic message off.
    let (ok, stdout, stderr) = run(&[
        "translations",
        "stamp",
        "ar",
        "need-legal",
        "--reviewed-by",
        "T.R., 2026-12",
    ]);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("1 of "), "{stdout}");
    let (ok, before, stderr) = run(&["check"]);
    assert!(ok, "{stderr}");
    assert!(coverage_line(&before, "ar").contains("reviewed 1/"), "{before}");
    let codes = translations(&before);
    assert_eq!(codes.len(), 16, "{before}");
    assert!(!codes.iter().any(|c| c == "sv" || c == "en"));
    for code in &codes {
        assert!(
            stale(&before, code).is_empty(),
            "{code} stale before any change:\n{before}"
        );
    }

    // English changes.
    let en = locales.join("en/rights.ftl");
    let text = fs::read_to_string(&en).unwrap();
    let changed = text.replacen("need-legal = You can ask", "need-legal = You can always ask", 1);
    assert_ne!(text, changed, "the fixture has need-legal");
    fs::write(&en, changed).unwrap();

    let (ok, after, stderr) = run(&["check"]);
    assert!(ok, "stale text is reported, not fatal: {stderr}");
    for code in &codes {
        let lines = stale(&after, code);
        assert_eq!(lines.len(), 1, "{code}: need-legal stale once:\n{after}");
        assert!(
            lines[0].contains("changed in `en` since it was translated"),
            "{}",
            lines[0]
        );
        assert!(coverage_line(&after, code).ends_with("stale 1"), "{after}");
    }
    // The reviewed message is stale, no longer reviewed.
    assert!(
        stale(&after, "ar")[0].contains("it was reviewed: T.R., 2026-12"),
        "{after}"
    );
    assert!(coverage_line(&after, "ar").contains("reviewed 0/"), "{after}");
    // The sources are not translations of anything.
    for code in ["sv", "en"] {
        assert!(stale(&after, code).is_empty(), "{after}");
    }

    // A translator updates the Arabic text and stamps what they edited; Bulgarian, which
    // nobody touched, is stamped too but stays stale: a stamp never hides a stale message.
    let ar = locales.join("ar/rights.ftl");
    let text = fs::read_to_string(&ar).unwrap();
    fs::write(&ar, text.replacen("need-legal = ", "need-legal = دائماً ", 1)).unwrap();
    for code in ["ar", "bg"] {
        let (ok, stdout, stderr) = run(&["translations", "stamp", code]);
        assert!(ok, "{stdout}{stderr}");
    }
    let (ok, last, stderr) = run(&["check"]);
    assert!(ok, "{stderr}");
    assert!(stale(&last, "ar").is_empty(), "{last}");
    assert!(coverage_line(&last, "ar").contains("reviewed 0/"), "{last}");
    assert_eq!(stale(&last, "bg").len(), 1, "{last}");

    // Named by id, a message is taken as checked against the new English.
    let (ok, _, stderr) = run(&["translations", "stamp", "bg", "need-legal"]);
    assert!(ok, "{stderr}");
    let (_, last, _) = run(&["check"]);
    assert!(stale(&last, "bg").is_empty(), "{last}");
}

#[test]
fn an_edited_reviewed_message_is_no_longer_reviewed() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&common::repo().join("locales"), &locales);
    let run = |args: &[&str]| lotsa(tmp.path(), &locales, args);
    let (ok, _, stderr) = run(&[
        "translations",
        "stamp",
        "ro",
        "--reviewed-by",
        "native reviewer, 2027-01",
    ]);
    assert!(ok, "{stderr}");
    let (_, stdout, _) = run(&["check"]);
    assert!(coverage_line(&stdout, "ro").contains("reviewed  reviewed "), "{stdout}");
    let ro = locales.join("ro/rights.ftl");
    let text = fs::read_to_string(&ro).unwrap();
    fs::write(&ro, text.replacen("need-legal = ", "need-legal = Mereu ", 1)).unwrap();
    let (ok, stdout, _) = run(&["check"]);
    assert!(ok);
    let line = coverage_line(&stdout, "ro");
    assert!(
        line.contains("machine-drafted") && line.ends_with("stale 0"),
        "{stdout}"
    );
    assert!(
        stdout.contains("`need-legal` was edited since it was reviewed (native reviewer, 2027-01)"),
        "{stdout}"
    );
}

#[test]
fn stamp_refuses_a_source_language_an_unknown_message_and_an_empty_sign_off() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&common::repo().join("locales"), &locales);
    let before = fs::read_to_string(locales.join("ar/review.toml")).unwrap();
    for (args, what) in [
        (&["translations", "stamp", "sv"][..], "source language"),
        (
            &["translations", "stamp", "ar", "no-such-message"][..],
            "no message `no-such-message`",
        ),
        (
            &["translations", "stamp", "ar", "--reviewed-by", "  "][..],
            "--reviewed-by",
        ),
        (&["translations", "stamp", "xx"][..], "no locale `xx`"),
    ] {
        let (ok, _, stderr) = lotsa(tmp.path(), &locales, args);
        assert!(!ok && stderr.contains(what), "{args:?}: {stderr}");
    }
    assert_eq!(fs::read_to_string(locales.join("ar/review.toml")).unwrap(), before);
}

#[test]
fn a_broken_review_record_fails_the_check_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&common::repo().join("locales"), &locales);
    let file = locales.join("th/review.toml");
    let text = fs::read_to_string(&file).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let at = lines.iter().position(|l| l.starts_with("need-legal =")).unwrap();
    lines[at] = lines[at].replace("status = \"machine-drafted\"", "status = \"stale\"");
    fs::write(&file, lines.join("\n")).unwrap();
    let line = at + 1;
    let (ok, _, stderr) = lotsa(tmp.path(), &locales, &["check"]);
    assert!(!ok);
    let location = format!("{}:{line}:", file.display());
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&location) && l.contains("never written")),
        "{stderr}"
    );
}

#[test]
fn show_puts_english_the_translation_and_its_back_translation_side_by_side() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&common::repo().join("locales"), &locales);
    let run = |args: &[&str]| lotsa(tmp.path(), &locales, args);
    // A back-translation kept beside the translation: the check ignores it.
    fs::create_dir_all(locales.join("bg/back")).unwrap();
    fs::write(
        locales.join("bg/back/rights.ftl"),
        "need-legal = You may ask for legal advice in a language you know.\n",
    )
    .unwrap();
    let en = locales.join("en/rights.ftl");
    let text = fs::read_to_string(&en).unwrap();
    fs::write(
        &en,
        text.replacen("need-legal = You can ask", "need-legal = You can always ask", 1),
    )
    .unwrap();
    let (ok, _, stderr) = run(&["check"]);
    assert!(ok, "{stderr}");

    let (ok, stdout, stderr) = run(&["translations", "show", "bg", "--stale"]);
    assert!(ok, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("need-legal  [stale]  "), "{stdout}");
    assert!(
        lines[1].starts_with("  en: You can always ask for legal advice"),
        "{stdout}"
    );
    assert!(
        lines[2].starts_with("  bg: ") && !lines[2].contains("You can"),
        "{stdout}"
    );
    assert_eq!(lines[3], "  back: You may ask for legal advice in a language you know.");
    assert_eq!(stdout.matches("[stale]").count(), 1, "only the stale message: {stdout}");
    // Attributes are shown too, and a source language has nothing to compare.
    let (_, stdout, _) = run(&["translations", "show", "bg", "promise-exit"]);
    assert!(
        stdout.contains("[machine-drafted]") && stdout.contains("| ."),
        "{stdout}"
    );
    let (ok, _, stderr) = run(&["translations", "show", "sv"]);
    assert!(!ok && stderr.contains("source language"), "{stderr}");
}
