//! The shipped deployment files, read as an operator would get them, against the
//! production checklist in `docs/deploy.md` (issue 22): the metrics port private, the
//! proxy's address counted from `X-Forwarded-For`, no proxy log with addresses, a Caddy
//! that retries the other instance, the state directory, no world-readable secrets, Redis
//! with a password, no placeholder secret applied by `kubectl apply -f deploy/k8s/`, and
//! contacts that `lotsa check` flags while they are still the example's.

mod common;

use std::path::Path;
use std::process::Command;

fn read(path: &str) -> String {
    std::fs::read_to_string(common::repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The lines of a file without comments (`#` to the end of the line, outside quotes is
/// close enough for these files, whose values hold no `#`).
fn code(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

fn has_line(lines: &[String], wanted: &str) -> bool {
    lines.iter().any(|l| l.trim() == wanted)
}

#[test]
fn the_caddyfile_hides_metrics_logs_no_addresses_and_retries_the_other_instance() {
    let text = read("deploy/Caddyfile");
    let lines = code(&text);
    assert!(has_line(&lines, "respond /metrics 404"), "Caddy refuses /metrics");
    assert!(!text.contains(":9100"), "the metrics port is never proxied");
    let global_log = lines
        .iter()
        .position(|l| l.trim() == "log default {")
        .expect("a global `log default` block");
    assert!(
        lines[global_log + 1].trim().starts_with("exclude ") && lines[global_log + 1].contains("http.log.error"),
        "the error log, which holds addresses, is excluded: {}",
        lines[global_log + 1]
    );
    let logs = lines.iter().filter(|l| l.trim().starts_with("log")).count();
    assert_eq!(logs, 1, "no access log in the site: only the global `log default`");
    for needed in ["lb_try_duration", "health_uri /readyz", "stream_close_delay"] {
        assert!(lines.iter().any(|l| l.trim().starts_with(needed)), "{needed}");
    }
    assert!(
        text.contains("2.7 or later") && text.contains("2.6.2"),
        "stream_close_delay comes with the Caddy version and the fallback"
    );
    assert!(text.contains("Strict-Transport-Security"), "HSTS");
}

#[test]
fn the_compose_file_keeps_metrics_private_counts_people_and_sets_passwords() {
    let text = read("deploy/docker-compose.yml");
    let lines = code(&text);
    assert!(has_line(&lines, "LOTSA_METRICS_BIND: 0.0.0.0:9100"));
    assert!(!text.contains("9100:"), "the metrics port is never published");
    let published: Vec<&String> = lines.iter().filter(|l| l.trim().starts_with("- \"")).collect();
    assert_eq!(published.len(), 2, "only Caddy's 80 and 443: {published:?}");
    assert!(published.iter().all(|p| p.contains("80:80") || p.contains("443:443")));
    assert!(has_line(&lines, "LOTSA_LIMITS_CLIENT_ADDRESS: x-forwarded-for"));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("LOTSA_REDIS_URL: redis://:${REDIS_PASSWORD:?") && l.contains("}@redis:6379")),
        "the Redis URL carries the password"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("\"--requirepass\", \"${REDIS_PASSWORD")),
        "Redis requires it"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("LOTSA_SECRET_KEY: ${LOTSA_SECRET_KEY:?"))
    );
    assert!(
        has_line(&lines, "image: caddy:2"),
        "Caddy 2, whose current image is 2.7 or later"
    );
    assert!(
        text.contains("internal: true"),
        "the monitoring network reaches nothing outside"
    );
}

#[test]
fn the_unit_has_its_state_directory_and_no_world_readable_secrets() {
    let text = read("deploy/lotsa.service");
    let lines = code(&text);
    assert!(has_line(&lines, "StateDirectory=lotsa"));
    assert!(has_line(&lines, "DynamicUser=yes"));
    assert!(has_line(&lines, "ProtectSystem=strict"));
    assert!(has_line(&lines, "LoadCredential=lotsa.toml:/etc/lotsa/lotsa.toml"));
    assert!(has_line(&lines, "Environment=LOTSA_CONFIG=%d/lotsa.toml"));
    assert!(text.contains("chmod 0600 /etc/lotsa/lotsa.toml"));
    assert!(text.contains("chmod 0600 /etc/lotsa/env"));
    assert!(has_line(
        &lines,
        "Environment=LOTSA_LIMITS_CLIENT_ADDRESS=x-forwarded-for"
    ));
    assert!(has_line(&lines, "ExecStartPre=/usr/local/bin/lotsa check"));
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("LOTSA_METRICS_BIND") || l.contains("LOTSA_BIND")),
        "both listeners keep their loopback defaults"
    );
    assert!(
        text.contains("redis://:PASSWORD@"),
        "the Redis URL shown has a password"
    );
}

#[test]
fn kubectl_apply_of_the_folder_applies_no_placeholder_secret_and_keeps_metrics_private() {
    let dir = common::repo().join("deploy/k8s");
    let mut applied = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        // What `kubectl apply -f deploy/k8s/` reads.
        if matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")) {
            applied.push(path);
        }
    }
    assert!(applied.len() >= 4, "{applied:?}");
    for path in &applied {
        let lines = code(&std::fs::read_to_string(path).unwrap());
        assert!(
            !has_line(&lines, "kind: Secret"),
            "{}: a Secret is made by hand",
            path.display()
        );
        assert!(!lines.iter().any(|l| l.contains("replace-with")), "{}", path.display());
    }
    let example = read("deploy/k8s/secret.yaml.example");
    assert!(
        example.contains("rediss://:PASSWORD@"),
        "the Redis URL shown has a password"
    );

    let deployment = code(&read("deploy/k8s/deployment.yaml"));
    assert!(has_line(
        &deployment,
        "- {name: LOTSA_METRICS_BIND, value: \"0.0.0.0:9100\"}"
    ));
    assert!(has_line(&deployment, "- {name: metrics, containerPort: 9100}"));
    assert!(has_line(
        &deployment,
        "- {name: LOTSA_LIMITS_CLIENT_ADDRESS, value: x-forwarded-for}"
    ));
    assert!(has_line(&deployment, "httpGet: {path: /readyz, port: http}"));
    assert!(has_line(&deployment, "command: [lotsa, check]"), "check before serving");
    let service = read("deploy/k8s/service.yaml");
    assert!(!service.contains("9100") && !service.contains("metrics"), "{service}");
    let policy = code(&read("deploy/k8s/networkpolicy.yaml"));
    let metrics_rule = policy
        .iter()
        .position(|l| l.trim() == "- {port: metrics}")
        .expect("a rule for the metrics port");
    assert!(
        policy[..metrics_rule].iter().any(|l| l.contains("namespaceSelector")),
        "only the monitoring namespace reaches it"
    );
}

/// The ConfigMap's `lotsa.toml` block, unindented.
fn configmap_toml() -> String {
    let text = read("deploy/k8s/configmap.yaml");
    let start = text.find("lotsa.toml: |\n").expect("a lotsa.toml key") + "lotsa.toml: |\n".len();
    text[start..]
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_configmap_has_contacts_marked_for_verification_that_check_flags() {
    let toml = configmap_toml();
    let settings = lotsa::config::Settings::from_toml(&toml).expect("the ConfigMap's file is valid");
    assert!(!settings.contacts.national.is_empty(), "contacts in the ConfigMap");
    assert!(settings.contacts.regions.len() >= 7, "a contact for every region");
    for line in toml.lines().filter(|l| l.starts_with("phone") || l.starts_with("url")) {
        assert!(line.contains("verify before use"), "{line}");
    }
    let found = lotsa::config::preflight(&settings);
    assert!(
        found.warnings.iter().any(|w| w.contains("fictional")),
        "lotsa check warns while the example's numbers are in: {found:?}"
    );
}

/// `lotsa check` on `config` with the repository's content; passed, and standard error.
fn check(config: &Path) -> (bool, String) {
    let root = common::repo();
    let out = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .arg("check")
        .env("LOTSA_CONFIG", config)
        .env("LOTSA_FLOWS_DIR", root.join("flows"))
        .env("LOTSA_LOCALES_DIR", root.join("locales"))
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn lotsa_check_warns_about_the_example_numbers_and_fails_on_an_unwritable_data_dir() {
    let (ok, stderr) = check(&common::repo().join("deploy/lotsa.example.toml"));
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("warning: configuration key `contacts.national[0].phone`: the example's fictional number"),
        "{stderr}"
    );
    // The unit's failure: a data directory the service cannot create or write.
    let tmp = tempfile::tempdir().unwrap();
    let blocked = tmp.path().join("file");
    std::fs::write(&blocked, b"").unwrap();
    let config = tmp.path().join("lotsa.toml");
    std::fs::write(
        &config,
        format!("[stats]\ndata_dir = \"{}\"\n", blocked.join("lotsa").display()),
    )
    .unwrap();
    let (ok, stderr) = check(&config);
    assert!(!ok, "check fails before the service would: {stderr}");
    assert!(stderr.contains("stats.data_dir"), "{stderr}");
    std::fs::write(
        &config,
        format!("[stats]\ndata_dir = \"{}\"\n", tmp.path().join("state").display()),
    )
    .unwrap();
    let (ok, stderr) = check(&config);
    assert!(ok, "{stderr}");
}

#[test]
fn the_production_checklist_names_every_point() {
    let deploy = read("docs/deploy.md");
    let start = deploy.find("## Production checklist").expect("a production checklist");
    let checklist = &deploy[start..];
    let end = checklist[3..].find("\n## ").map_or(checklist.len(), |i| i + 3);
    let checklist = &checklist[..end];
    for point in [
        "TLS",
        "X-Forwarded-For",
        "metrics_bind",
        "LOTSA_SECRET_KEY",
        "Redis",
        "requirepass",
        "rediss://",
        "log default",
        "2.7",
        "lb_try_duration",
        "StateDirectory",
        "LoadCredential",
        "secret.yaml.example",
        "verify before use",
        "Backups",
    ] {
        assert!(checklist.contains(point), "the checklist says nothing of {point}");
    }
}
