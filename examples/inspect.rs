//! Prints the sentences, names and quotations the extractor finds in a file or in the text
//! given on the command line: `cargo run --example inspect -- FILE` (a debugging aid).

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&arg).unwrap_or(arg);
    let annotations = briefing::extract::extract(&text);
    for sentence in &annotations.sentences {
        println!("S {:?}", sentence.slice(&text));
    }
    let tokens = briefing::extract::segment::tokens(&text, &annotations.sentences);
    if std::env::var("TOKENS").is_ok() {
        for t in &tokens {
            println!(
                "T {:?} {:?} start={} s={}",
                t.text(&text),
                t.kind(),
                t.sentence_start(),
                t.sentence()
            );
        }
    }
    for name in briefing::extract::names::find(&text, &tokens) {
        let roles: Vec<&str> = name.roles.iter().map(|r| r.slice(&text)).collect();
        println!(
            "N {:?} {:?} {:?} by {:?} roles={roles:?}",
            name.span().slice(&text),
            name.kind,
            name.evidence,
            name.kind_rule
        );
    }
    for entity in &annotations.entities {
        let grouped_by: Vec<&str> = entity.grounds.grouped_by.iter().map(|r| r.name()).collect();
        println!(
            "E {} [{}] aliases={:?} roles={:?} x{} kind by {:?} grouped by {grouped_by:?}",
            entity.name,
            entity.kind.tag(),
            entity.aliases,
            entity.roles,
            entity.mentions.len(),
            entity.grounds.kind_rule
        );
    }
    for quote in &annotations.quotes {
        println!(
            "Q {:?} <- {:?} cue={:?} via={:?} kind={:?} rule={}",
            quote
                .inner()
                .slice(&text)
                .chars()
                .take(60)
                .collect::<String>(),
            quote.source().map(|s| s.span.slice(&text)),
            quote.cue().map(|c| c.slice(&text)),
            quote
                .via()
                .iter()
                .map(|v| v.span.slice(&text))
                .collect::<Vec<_>>(),
            quote.kind(),
            quote
                .source_rule()
                .map(|(rule, resolution)| format!("{}/{}", rule.name(), resolution.name()))
                .unwrap_or_default()
        );
    }
}
