//! The `lotsa` binary: serve (default), `check` content and configuration, `chat` in a
//! terminal, `translations stamp` or `show` a translation's review records, or `staff
//! hash-password`. All logic lives in the library.

use anyhow::Context;
use clap::{Parser, Subcommand};
use lotsa::config::Settings;
use lotsa::content::Content;
use lotsa::startup::{Application, shutdown_signal};

#[derive(Parser)]
#[command(name = "lotsa", version, about = "Anonymous, multilingual support chatbot")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web chat (the default).
    Serve,
    /// Validate flows, locales and configuration; exit non-zero with file:line problems.
    Check,
    /// Run the conversation in this terminal.
    Chat {
        /// Language code, e.g. sv, en, ar; omitted: the language picker.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Staff accounts.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// The translations' per-message review records (docs/translation.md).
    Translations {
        #[command(subcommand)]
        command: TranslationsCommand,
    },
}

#[derive(Subcommand)]
enum TranslationsCommand {
    /// Record, in locales/<locale>/review.toml, the source text each message is now
    /// translated from. Without message ids: the messages edited since their record (or
    /// with none); with --reviewed-by and no ids: every message.
    Stamp {
        /// The locale, e.g. ar, fa-AF.
        locale: String,
        /// Only these messages, e.g. need-legal right-children-2.
        ids: Vec<String>,
        /// Sign the chosen messages off as reviewed: initials or a role, and a date.
        #[arg(long, value_name = "WHO_AND_WHEN")]
        reviewed_by: Option<String>,
    },
    /// Print, message by message, the source text, the translation and the
    /// back-translation (locales/<locale>/back/*.ftl, if kept), with each message's status.
    Show {
        /// The locale, e.g. ar, fa-AF.
        locale: String,
        /// Only these messages.
        ids: Vec<String>,
        /// Only the messages whose source changed since they were translated.
        #[arg(long)]
        stale: bool,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Read one password line from standard input; print its argon2id hash for
    /// `[[staff]].password_hash`.
    HashPassword,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::Staff { command } = command {
        // Needs no configuration: it is how a configuration gets its hashes.
        return staff(command);
    }
    let settings = Settings::load()?;
    match command {
        Command::Serve => {
            lotsa::telemetry::init(settings.log_format);
            let app = Application::build(settings).await?;
            // Ports only: a `metrics_bind` of port 0 (tests) is found here.
            let metrics_port = app.metrics_addr().map(|a| a.port());
            tracing::info!(port = app.port(), metrics_port, "lotsa is listening");
            app.run_until(shutdown_signal())
                .await
                .context("server stopped with an error")?;
        }
        Command::Check => {
            match deployment(&settings).and(Content::load_with(&settings, &lotsa::startup::required_messages())) {
                Ok(content) => {
                    for line in content.locales.coverage() {
                        println!("{line}");
                    }
                    // Stale translations are reported, never fatal: every change to the
                    // source makes some, and a translator needs the list.
                    for note in content.locales.review_notes() {
                        println!("{note}");
                    }
                    println!(
                        "ok: {} nodes, {} languages ({})",
                        content.flows.len(),
                        content.locales.len(),
                        content.locales.codes().collect::<Vec<_>>().join(", ")
                    );
                }
                Err(problems) => {
                    // Coverage helps a translator see how far a locale is, even when the
                    // content as a whole does not pass yet.
                    if let Ok(locales) = lotsa::i18n::Locales::load(&settings.locales_dir) {
                        for line in locales.coverage() {
                            eprintln!("{line}");
                        }
                        for note in locales.review_notes() {
                            eprintln!("{note}");
                        }
                    }
                    eprintln!("{problems}");
                    eprintln!("{} problem(s) found", problems.0.len());
                    std::process::exit(1);
                }
            }
        }
        Command::Chat { lang } => {
            let content = Content::load_with(&settings, &lotsa::startup::required_messages())?;
            let stdin = std::io::stdin();
            lotsa::terminal::run(&content, lang.as_deref(), stdin.lock(), std::io::stdout())?;
        }
        Command::Staff { command } => staff(command)?,
        Command::Translations { command } => {
            let locales = match lotsa::i18n::Locales::load(&settings.locales_dir) {
                Ok(l) => l,
                Err(problems) => {
                    // Stamping text that does not load would record a broken state.
                    eprintln!("{}", lotsa::check::Problems(problems));
                    std::process::exit(1);
                }
            };
            match command {
                TranslationsCommand::Stamp {
                    locale,
                    ids,
                    reviewed_by,
                } => {
                    let done = locales.stamp(&locale, &ids, reviewed_by.as_deref())?;
                    println!(
                        "{}: {} record(s) written; {} of {} messages reviewed",
                        done.file.display(),
                        done.changed,
                        done.reviewed,
                        done.total
                    );
                }
                TranslationsCommand::Show { locale, ids, stale } => {
                    print!("{}", locales.side_by_side(&locale, &ids, stale)?);
                }
            }
        }
    }
    Ok(())
}

/// `lotsa check` on the deployment: warnings (the example's numbers) are printed, errors
/// (a statistics directory the service cannot write) fail the check like broken content.
fn deployment(settings: &Settings) -> Result<(), lotsa::check::Problems> {
    let found = lotsa::config::preflight(settings);
    for warning in &found.warnings {
        eprintln!("warning: {warning}");
    }
    let file = std::env::var_os("LOTSA_CONFIG").unwrap_or_else(|| "lotsa.toml".into());
    let problems = found
        .errors
        .into_iter()
        .map(|e| lotsa::check::Problem::new(&file, 0, e))
        .collect();
    lotsa::check::Problems::into_result(problems, ())
}

fn staff(command: StaffCommand) -> anyhow::Result<()> {
    match command {
        StaffCommand::HashPassword => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            let password = line.strip_suffix('\n').unwrap_or(&line);
            let password = password.strip_suffix('\r').unwrap_or(password);
            println!("{}", lotsa::staff::auth::hash_password(password)?);
        }
    }
    Ok(())
}
