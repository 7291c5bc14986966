//! The decision tree drawn from a pack, for the regional working group.

use super::condition::Condition;
use super::model::Pack;
use super::{ACUTE_RISK, URGENT_CARE};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeFormat {
    /// Graphviz `dot`.
    Dot,
    /// Mermaid `flowchart`, which renders in Markdown on most forges.
    Mermaid,
    /// A standalone SVG drawing (`diagram::tree_svg`, nothing highlighted).
    Svg,
}

/// Draws the flow: questions as boxes, routes as rounded nodes, add-ons in their own group.
pub fn draw_tree(pack: &Pack, format: TreeFormat) -> String {
    let mut edges: Vec<(String, String, String)> = Vec::new();
    edges.push((
        ACUTE_RISK.to_owned(),
        format!("route_{URGENT_CARE}"),
        "yes".to_owned(),
    ));
    let mut previous = ACUTE_RISK.to_owned();
    for step in &pack.flow {
        let label = step.when.as_ref().map_or_else(
            || "anders".to_owned(),
            |c| format!("anders, als {}", c.describe()),
        );
        edges.push((previous.clone(), step.question.to_string(), label));
        for exit in &step.exits {
            let label = match &exit.when {
                Some(when) => format!("{} en {}", exit.on, when.describe()),
                None => exit.on.to_string(),
            };
            edges.push((
                step.question.to_string(),
                format!("route_{}", exit.route),
                label,
            ));
            for also in &exit.also {
                edges.push((
                    format!("route_{}", exit.route),
                    format!("route_{also}"),
                    "ook overwegen".to_owned(),
                ));
            }
        }
        previous = step.question.to_string();
    }
    for addon in &pack.addons {
        let label = addon
            .when
            .as_ref()
            .map_or_else(|| "altijd".to_owned(), Condition::describe);
        edges.push(("aanvullingen".to_owned(), addon.question.to_string(), label));
        edges.push((
            addon.question.to_string(),
            format!("route_{}", addon.route),
            "yes".to_owned(),
        ));
    }

    let label_of = |node: &str| -> String {
        if node == "aanvullingen" {
            return "Ook overwegen (na elke route behalve acute zorg)".to_owned();
        }
        match node.strip_prefix("route_") {
            Some(route) => pack
                .route(&route.into())
                .map_or(route.to_owned(), |r| r.title.clone()),
            None => pack
                .question(&node.into())
                .map_or(node.to_owned(), |q| format!("{node}: {}", q.short)),
        }
    };
    let mut nodes: Vec<String> = edges
        .iter()
        .flat_map(|(a, b, _)| [a.clone(), b.clone()])
        .collect();
    nodes.sort();
    nodes.dedup();

    let mut out = String::new();
    let title = format!(
        "{} (pakket {}, {})",
        pack.region.name, pack.region.version, pack.region.date
    );
    match format {
        TreeFormat::Svg => return super::diagram::tree_svg(pack, &super::diagram::Highlight::NONE),
        TreeFormat::Dot => {
            let _ = writeln!(
                out,
                "digraph verwijswijzer {{\n  label=\"{}\";\n  rankdir=TB;",
                escape(&title)
            );
            for node in &nodes {
                let shape = if node.starts_with("route_") {
                    "box, style=rounded"
                } else {
                    "box"
                };
                let _ = writeln!(
                    out,
                    "  {node} [shape={shape}, label=\"{}\"];",
                    escape(&label_of(node))
                );
            }
            for (from, to, label) in &edges {
                let _ = writeln!(out, "  {from} -> {to} [label=\"{}\"];", escape(label));
            }
            out.push_str("}\n");
        }
        TreeFormat::Mermaid => {
            let _ = writeln!(
                out,
                "---\ntitle: {}\n---\nflowchart TD",
                title.replace(':', " -")
            );
            for node in &nodes {
                let label = label_of(node).replace('"', "'");
                if node.starts_with("route_") {
                    let _ = writeln!(out, "  {node}([\"{label}\"])");
                } else {
                    let _ = writeln!(out, "  {node}[\"{label}\"]");
                }
            }
            for (from, to, label) in &edges {
                let _ = writeln!(out, "  {from} -->|\"{}\"| {to}", label.replace('"', "'"));
            }
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}
