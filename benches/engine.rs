//! Engine throughput: a 10-step path in each language, with and without rendering.
//! Run with `cargo bench`; figures go in docs/performance.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lotsa::config::Contacts;
use lotsa::content::Content;
use lotsa::dialogue::{Input, State, step};
use lotsa::render::render;

#[path = "common/path.rs"]
mod path;
use path::PATH;

fn engine(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load_from(&root.join("flows"), &root.join("locales"), Contacts::default())
        .expect("repository content is valid");
    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Elements(PATH.len() as u64));
    for lang in content.locales.all() {
        let code = content.locales.code(lang).to_string();
        let (start, _) = step(
            &content.flows,
            &content.locales,
            State::new(&content.flows, lang),
            Input::Start { lang, chosen: true },
        );
        // The path must really walk: every step lands without an error.
        let mut check = start.clone();
        for id in PATH {
            let (next, replies) = step(&content.flows, &content.locales, check, Input::Choose(id));
            assert!(
                !replies.iter().any(|r| matches!(r, lotsa::dialogue::Reply::Error(_))),
                "{id}"
            );
            check = next;
        }
        group.bench_function(format!("step/{code}"), |b| {
            b.iter(|| {
                let mut state = start.clone();
                for id in PATH {
                    let (next, replies) = step(&content.flows, &content.locales, state, Input::Choose(black_box(id)));
                    black_box(&replies);
                    state = next;
                }
                state
            })
        });
        group.bench_function(format!("step+render/{code}"), |b| {
            b.iter(|| {
                let mut state = start.clone();
                for id in PATH {
                    let (next, replies) = step(&content.flows, &content.locales, state, Input::Choose(black_box(id)));
                    black_box(render(&content, next.lang, &replies));
                    state = next;
                }
                state
            })
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
