//! The decision tree drawn as SVG (`engine::tree_svg`, issue 9): a node per question and per
//! route of every bundled pack, each linking to its help text, well-formed, escaped, and the
//! highlighted consult's path lit exactly.

mod common;

use common::{WOR, attr, bundled_packs, conditional_steps_in_a_row};
use std::collections::BTreeSet;
use std::process::Command;
use verwijswijzer::engine::{
    Answers, Condition, Context, Flags, Highlight, Pack, QuestionId, RouteId, Walk,
    enumerate_paths, evaluate, question_link, tree_svg, tree_svg_for_page,
};
use verwijswijzer::packs::BUNDLED;

/// Every opening tag (`<name ...>` or `<name .../>`) of an element named `name`.
fn tags<'a>(svg: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut found = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find(&open) {
        let end = rest[at..].find('>').expect("a tag ends") + at + 1;
        found.push(&rest[at..end]);
        rest = &rest[end..];
    }
    found
}

fn classes(tag: &str) -> BTreeSet<&str> {
    attr(tag, "class")
        .unwrap_or_default()
        .split_whitespace()
        .collect()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// A tiny well-formedness check, enough for generated SVG: one root `<svg>`, every element
/// closed in order, quotes balanced inside tags, and every `&` the start of an entity.
fn assert_well_formed(svg: &str) {
    assert!(svg.starts_with("<svg "), "starts with <svg");
    assert!(svg.trim_end().ends_with("</svg>"), "ends with </svg>");
    assert_eq!(svg.matches("<svg").count(), 1, "one root <svg>");
    assert_eq!(svg.matches("</svg>").count(), 1, "one </svg>");
    assert_eq!(
        svg.matches("<g ").count() + svg.matches("<g>").count(),
        svg.matches("</g>").count(),
        "balanced <g>"
    );

    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find('<') {
        let text = &rest[..at];
        assert!(!text.contains('>'), "a raw '>' in text: {text:?}");
        check_entities(text);
        let end = rest[at..].find('>').expect("every tag ends") + at;
        let tag = &rest[at + 1..end];
        assert!(!tag.contains('<'), "a '<' inside a tag: {tag:?}");
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "quotes balanced in <{tag}>"
        );
        check_entities(tag);
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop(),
                Some(name.trim()),
                "</{name}> closes the open element"
            );
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().expect("a tag name");
            stack.push(name);
        }
        rest = &rest[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    assert!(rest.trim().is_empty(), "nothing after </svg>");
}

fn check_entities(text: &str) {
    for (at, _) in text.match_indices('&') {
        let entity = &text[at..];
        let ok = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
            .iter()
            .any(|e| entity.starts_with(e));
        assert!(
            ok,
            "a raw '&' that is no entity: {:?}",
            &entity[..entity.len().min(20)]
        );
    }
}

#[test]
fn the_svg_tree_has_a_node_per_question_and_route_of_the_pack() {
    for pack in bundled_packs() {
        let svg = tree_svg(&pack, &Highlight::NONE);
        let region = &pack.region.id;
        for id in pack.questions.keys() {
            let node = format!("data-question=\"{id}\"");
            assert_eq!(svg.matches(&node).count(), 1, "{region}: {node} once");
            assert_eq!(
                svg.matches(&format!("id=\"vraag-{id}\"")).count(),
                1,
                "{region}: id vraag-{id} once"
            );
        }
        for id in pack.routes.keys() {
            let node = format!("data-route=\"{id}\"");
            assert_eq!(svg.matches(&node).count(), 1, "{region}: {node} once");
        }
        let question_nodes = tags(&svg, "g")
            .into_iter()
            .filter(|t| classes(t).contains("question"))
            .count();
        let route_nodes = tags(&svg, "g")
            .into_iter()
            .filter(|t| classes(t).contains("route"))
            .count();
        assert_eq!(
            question_nodes,
            pack.questions.len(),
            "{region}: question nodes"
        );
        assert_eq!(route_nodes, pack.routes.len(), "{region}: route nodes");
        assert!(
            svg.contains(&format!(
                "{} vragen, {} routes",
                pack.questions.len(),
                pack.routes.len()
            )),
            "{region}: the description counts them"
        );
    }
}

#[test]
fn every_question_node_links_to_its_help_text() {
    for pack in bundled_packs() {
        let svg = tree_svg(&pack, &Highlight::NONE);
        for id in pack.questions.keys() {
            let link = question_link(id);
            assert_eq!(link, format!("#beslisboom&vraag={id}"));
            // The node sits right inside its link, with the full question as its title.
            let node = format!("data-question=\"{id}\">");
            let line = svg
                .lines()
                .find(|l| l.contains(&node))
                .unwrap_or_else(|| panic!("{}: no node for {id}", pack.region.id));
            assert!(
                line.starts_with(&format!("<a href=\"{}\"", xml_escape(&link))),
                "{}: {id} links to its help: {line}",
                pack.region.id
            );
            let text = &pack.questions[id].text;
            let after = &svg[svg.find(&node).unwrap()..];
            assert!(
                after.starts_with(&format!("{node}\n<title>{}</title>", xml_escape(text))),
                "{}: {id} has its question as title",
                pack.region.id
            );
            // The link's name starts with the words the node shows (WCAG 2.5.3, label in
            // name), so a voice user can say what they see, and then gives the whole question.
            let node_end = after.find("</g>").expect("the node ends");
            let shown: Vec<&str> = tags(&after[..node_end], "text")
                .into_iter()
                .map(|tag| {
                    let start = after.find(tag).expect("the tag") + tag.len();
                    let end = start + after[start..].find("</text>").expect("text end");
                    &after[start..end]
                })
                .collect();
            assert!(
                shown.len() >= 2,
                "{}: {id} shows title and id",
                pack.region.id
            );
            let label = attr(line, "aria-label").expect("the link has a name");
            assert_eq!(
                label,
                format!("{}: {}", shown.join(" "), xml_escape(text)),
                "{}: {id}",
                pack.region.id
            );
        }
    }
}

#[test]
fn the_svg_is_well_formed_and_sized() {
    for pack in bundled_packs() {
        let svg = tree_svg(&pack, &Highlight::NONE);
        assert_well_formed(&svg);
        let root = tags(&svg, "svg")[0];
        let width: i32 = attr(root, "width").unwrap().parse().unwrap();
        let height: i32 = attr(root, "height").unwrap().parse().unwrap();
        assert_eq!(
            attr(root, "viewBox"),
            Some(&*format!("0 0 {width} {height}"))
        );
        assert!(width > 375 && height > 375, "{width}x{height}");
        assert_eq!(
            attr(root, "aria-labelledby"),
            Some("beslisboom-titel beslisboom-desc")
        );
        assert!(svg.contains("<title id=\"beslisboom-titel\">"));
        assert!(svg.contains("<desc id=\"beslisboom-desc\">"));
        assert!(svg.contains("Ook overwegen (na de hoofdvragen)"));
        // Readable on a projector: no text under 14 px.
        for size in svg
            .match_indices("font-size:")
            .map(|(at, _)| &svg[at + 10..])
        {
            let px: f32 = size[..size.find("px").unwrap()].parse().unwrap();
            assert!(px >= 14.0, "font-size {px}px");
        }
        // Every node, label and edge lies inside the drawing.
        for rect in tags(&svg, "rect") {
            let x: i32 = attr(rect, "x").unwrap().parse().unwrap();
            let y: i32 = attr(rect, "y").unwrap().parse().unwrap();
            let w: i32 = attr(rect, "width").unwrap().parse().unwrap();
            let h: i32 = attr(rect, "height").unwrap().parse().unwrap();
            assert!(
                x >= 0 && y >= 0 && x + w <= width && y + h <= height,
                "{rect}"
            );
        }
        // A pure function: the same pack draws the same tree.
        assert_eq!(svg, tree_svg(&pack, &Highlight::NONE));
        assert!(
            !svg.contains(" on-path\""),
            "{}: nothing lit without a highlight",
            pack.region.id
        );
    }
}

/// What a highlighted walk must light, read from the walk itself: its questions, its routes,
/// the edge into each route from the answer that reached it, and the arrows between the main
/// flow questions it asked.
fn assert_lit_exactly(pack: &Pack, walk: &Walk, what: &str) {
    let svg = tree_svg(pack, &Highlight::from(walk));
    let asked: BTreeSet<&QuestionId> = walk.path.iter().map(|s| &s.question).collect();
    let reached: BTreeSet<&RouteId> = walk.primary.iter().chain(&walk.also).collect();
    for tag in tags(&svg, "g") {
        let class = classes(tag);
        let on = class.contains("on-path");
        if !class.contains("node") {
            continue;
        }
        if let Some(question) = attr(tag, "data-question") {
            let expected = asked.contains(&QuestionId::from(question));
            assert_eq!(on, expected, "{what}: question {question} lit {on}");
        } else if let Some(route) = attr(tag, "data-route") {
            let expected = reached.contains(&RouteId::from(route));
            assert_eq!(on, expected, "{what}: route {route} lit {on}");
        }
    }
    // One "✓ antwoord" badge per question answered.
    assert_eq!(
        svg.matches("✓ antwoord:").count(),
        walk.path.len(),
        "{what}: badges"
    );

    let lit_edges = |kinds: &[&str]| -> BTreeSet<(String, String)> {
        tags(&svg, "g")
            .into_iter()
            .filter(|t| {
                let class = classes(t);
                class.contains("edge")
                    && class.contains("on-path")
                    && kinds.iter().any(|k| class.contains(k))
            })
            .map(|t| {
                (
                    attr(t, "data-from").unwrap().to_owned(),
                    attr(t, "data-to").unwrap().to_owned(),
                )
            })
            .collect()
    };
    let expected: BTreeSet<(String, String)> = reached
        .iter()
        .map(|route| {
            let because = walk.reasons[*route].last().expect("a reason");
            (because.question.to_string(), route.to_string())
        })
        .collect();
    assert_eq!(
        lit_edges(&["exit", "also"]),
        expected,
        "{what}: route edges"
    );

    let main_flow: Vec<&QuestionId> = match &walk.primary {
        Some(primary) => walk.reasons[primary].iter().map(|s| &s.question).collect(),
        None => walk.path.iter().map(|s| &s.question).collect(),
    };
    let expected: BTreeSet<(String, String)> = main_flow
        .windows(2)
        .map(|w| (w[0].to_string(), w[1].to_string()))
        .collect();
    assert_eq!(
        lit_edges(&["spine", "bypass"]),
        expected,
        "{what}: flow arrows"
    );
}

#[test]
fn a_highlighted_walk_lights_exactly_its_path_and_routes() {
    for pack in bundled_packs() {
        let mut contexts = vec![Context::region(&pack)];
        for gemeente in &pack.gemeenten {
            let context = Context::new(&pack, Some(&gemeente.id)).unwrap();
            if !contexts.iter().any(|c| c.flags == context.flags) {
                contexts.push(context);
            }
        }
        for context in &contexts {
            let walks = enumerate_paths(&pack, context);
            assert!(!walks.is_empty());
            // Every distinct way through the tree (walks that differ only in "weet ik niet"
            // against the answer it counts as light the same), complete and halfway.
            let mut seen = BTreeSet::new();
            for (n, walk) in walks.iter().enumerate() {
                let route: Vec<_> = walk
                    .path
                    .iter()
                    .map(|s| (&s.question, &s.routed_as))
                    .collect();
                if !seen.insert((route, &walk.primary, &walk.also)) {
                    continue;
                }
                let what = format!("{} {:?} path {n}", pack.region.id, context.flags);
                assert_lit_exactly(&pack, walk, &what);
                for taken in [1, walk.path.len() / 2, walk.path.len() - 1] {
                    let part: Answers = walk
                        .path
                        .iter()
                        .take(taken)
                        .map(|s| (s.question.clone(), s.answer.clone()))
                        .collect();
                    let partial = evaluate(&pack, context, &part);
                    assert_lit_exactly(&pack, &partial, &format!("{what}, {taken} answers"));
                }
            }
            assert!(seen.len() > 50, "{} ways through the tree", seen.len());
        }
    }
}

/// The drawing finds the setting a walk ran under from the walk alone: a consult in a setting
/// other than the region's (WOR for young people or not, Krachtige Basiszorg or not), also
/// one no gemeente of the region has, lights exactly its path.
#[test]
fn a_walk_in_any_setting_lights_exactly_its_path() {
    for pack in bundled_packs() {
        let region = Context::region(&pack).flags;
        for youth_wor in [false, true] {
            for krachtige_basiszorg in [false, true] {
                let flags = Flags {
                    youth_wor,
                    krachtige_basiszorg,
                };
                if flags == region {
                    continue;
                }
                let context = Context {
                    gemeente: None,
                    flags,
                };
                // Each distinct way through the tree once, as in the test above.
                let mut seen = BTreeSet::new();
                for (n, walk) in enumerate_paths(&pack, &context).iter().enumerate() {
                    let route: Vec<_> = walk
                        .path
                        .iter()
                        .map(|s| (&s.question, &s.routed_as))
                        .collect();
                    if seen.insert((route, walk.primary.clone(), walk.also.clone())) {
                        let what = format!("{} {flags:?} path {n}", pack.region.id);
                        assert_lit_exactly(&pack, walk, &what);
                    }
                }
            }
        }
    }
}

/// The bypass of a step asked only on a condition says when it is passed by, in the gutter
/// left of the questions, in whole words.
#[test]
fn a_bypass_says_when_the_step_is_passed_by() {
    for pack in bundled_packs() {
        let svg = tree_svg(&pack, &Highlight::NONE);
        let mut lines = Vec::new();
        let mut rest = svg.as_str();
        while let Some(at) = rest.find("class=\"label\" text-anchor=\"end\">") {
            let text = &rest[at..];
            let start = text.find('>').expect("tag end") + 1;
            let end = text.find("</text>").expect("text end");
            lines.push(text[start..end].to_owned());
            rest = &text[end..];
        }
        let expected: Vec<String> = pack
            .flow
            .iter()
            .skip(1)
            .filter_map(|step| step.when.as_ref())
            .map(|when| {
                let not = Condition::Not(Box::new(when.clone())).describe();
                format!("anders, als {}", xml_escape(&not))
            })
            .collect();
        assert!(
            !expected.is_empty(),
            "{}: a step on a condition",
            pack.region.id
        );
        assert_eq!(lines.join(" "), expected.join(" "), "{}", pack.region.id);
        assert!(
            lines.len() > expected.len(),
            "{}: wrapped to the gutter",
            pack.region.id
        );
    }
}

/// A tree the bundled packs do not draw (`conditional_steps_in_a_row`): every way through it
/// lights exactly its path.
#[test]
fn conditional_steps_in_a_row_and_add_ons_on_exits_light_exactly_their_path() {
    let pack = conditional_steps_in_a_row();
    let context = Context::region(&pack);
    let walks = enumerate_paths(&pack, &context);
    let mut drawn = 0;
    for (n, walk) in walks.iter().enumerate().filter(|(n, _)| n % 7 == 0) {
        assert_lit_exactly(&pack, walk, &format!("edited tree, path {n}"));
        drawn += 1;
    }
    let to_not_now = walks
        .iter()
        .find(|w| w.primary.as_ref().is_some_and(|r| r.as_str() == "not_now"))
        .expect("a way to not_now");
    assert!(
        !to_not_now
            .path
            .iter()
            .any(|s| s.question.as_str() == "self_directed")
    );
    assert_lit_exactly(&pack, to_not_now, "edited tree, to not_now");
    assert!(drawn > 20, "{drawn} ways drawn");
}

/// A last step asked only on a condition has no step after it to bypass to: no bypass is drawn
/// from it, and every bypass ends on a step of the flow.
#[test]
fn a_conditional_last_step_draws_no_bypass() {
    let mut pack = bundled_packs().remove(0);
    let condition = pack
        .flow
        .iter()
        .find_map(|s| s.when.clone())
        .expect("a step on a condition");
    pack.flow.last_mut().expect("a flow").when = Some(condition);
    let svg = tree_svg(&pack, &Highlight::NONE);
    let bypasses: Vec<&str> = tags(&svg, "g")
        .into_iter()
        .filter(|t| classes(t).contains("bypass"))
        .collect();
    let conditional_before_last = pack.flow[1..pack.flow.len() - 1]
        .iter()
        .filter(|s| s.when.is_some())
        .count();
    assert_eq!(bypasses.len(), conditional_before_last);
    for bypass in bypasses {
        let to = attr(bypass, "data-to").expect("data-to");
        assert!(
            pack.flow.iter().any(|s| s.question.as_str() == to),
            "a bypass to {to}, not a step of the flow"
        );
    }
}

/// Urgent care stands out in the tree (its own colour in `static/tree.css`), and only it.
#[test]
fn only_the_urgent_care_node_is_marked_urgent() {
    for pack in bundled_packs() {
        let svg = tree_svg(&pack, &Highlight::NONE);
        let urgent: Vec<Option<&str>> = tags(&svg, "g")
            .into_iter()
            .filter(|t| classes(t).contains("urgent"))
            .map(|t| attr(t, "data-route"))
            .collect();
        assert_eq!(urgent, [Some("urgent_care")], "{}", pack.region.id);
    }
}

/// A path that does not start where the engine starts is not the engine's: no arrow is lit.
#[test]
fn a_path_that_skips_acute_risk_lights_no_arrow() {
    let pack = bundled_packs().remove(0);
    let answers = Answers::parse(&pack, WOR).expect("a whole consult");
    let walk = evaluate(&pack, &Context::region(&pack), &answers);
    let highlight = Highlight {
        path: &walk.path[1..],
        primary: walk.primary.as_ref(),
        also: &walk.also,
    };
    let svg = tree_svg(&pack, &highlight);
    let lit = tags(&svg, "g")
        .into_iter()
        .filter(|t| classes(t).contains("edge") && classes(t).contains("on-path"))
        .count();
    assert_eq!(lit, 0);
    assert!(tree_svg(&pack, &Highlight::from(&walk)).contains("edge spine on-path"));
}

#[test]
fn the_badge_says_the_answer_and_how_weet_ik_niet_counts() {
    let pack = bundled_packs().remove(0);
    let answers = Answers::parse(
        &pack,
        "acute_risk=no,age_group=unknown,needs_medical_care=no,needs_psych_treatment=no,\
         psychosocial=yes,multi_problem=no,practical_core=no,self_directed=no,open_to_coach=yes,\
         weight_risk=yes,carer_strain=no",
    )
    .unwrap();
    let walk = evaluate(&pack, &Context::region(&pack), &answers);
    let svg = tree_svg(&pack, &Highlight::from(&walk));
    assert!(
        svg.contains("✓ antwoord: Nee"),
        "a yes/no answer in one line"
    );
    assert!(
        svg.contains("(antwoord: Weet ik niet (telt als 18 tot en met 64))\""),
        "the link names the answer and how it counts"
    );
    assert!(
        svg.contains(">✓ antwoord:</text>") && svg.contains(">Weet ik niet</text>"),
        "an answer too long for the first line starts whole on the next"
    );
    assert!(svg.contains(">(telt als 18 tot en met 64)</text>") || svg.contains("(telt als 18"));
    assert!(
        svg.contains("✓ Welzijn op Recept"),
        "the reached route is ticked"
    );
    assert_well_formed(&svg);
}

#[test]
fn pack_text_is_escaped() {
    let mut pack = bundled_packs().remove(0);
    let nasty = "Zorg <b>&amp; \"meer\" 'x' & y";
    pack.region.name = nasty.to_owned();
    for question in pack.questions.values_mut() {
        question.short = format!("{nasty} {}", question.short);
        question.text = nasty.to_owned();
    }
    for route in pack.routes.values_mut() {
        route.title = format!("{} {nasty}", route.title);
        route.summary = nasty.to_owned();
    }
    pack.labels.yes = "Ja & <zeker>".to_owned();
    let answers = Answers::parse(&pack, "acute_risk=yes").unwrap();
    let walk = evaluate(&pack, &Context::region(&pack), &answers);
    for highlight in [Highlight::NONE, Highlight::from(&walk)] {
        let svg = tree_svg(&pack, &highlight);
        assert_well_formed(&svg);
        assert!(!svg.contains("<b>"), "no raw markup from the pack");
        assert!(svg.contains("Zorg &lt;b&gt;&amp;amp; &quot;meer&quot; &apos;x&apos; &amp; y"));
        assert!(svg.contains("Ja &amp; &lt;zeker&gt;"));
    }
}

#[test]
fn questions_and_routes_nothing_leads_to_still_get_a_node() {
    let mut pack = bundled_packs().remove(0);
    let mut lonely = pack.routes[&RouteId::from("self_directed")].clone();
    lonely.title = "Alleen als alternatief".to_owned();
    pack.routes
        .insert(RouteId::from("alleen_alternatief"), lonely);
    let unused = pack.questions[&QuestionId::from("carer_strain")].clone();
    pack.questions
        .insert(QuestionId::from("niet_gesteld"), unused);
    let svg = tree_svg(&pack, &Highlight::NONE);
    assert_well_formed(&svg);
    assert_eq!(svg.matches("data-route=\"alleen_alternatief\"").count(), 1);
    assert_eq!(svg.matches("data-question=\"niet_gesteld\"").count(), 1);
    assert!(svg.contains("Overige vragen en routes"));
    for rect in tags(&svg, "rect") {
        let root = tags(&svg, "svg")[0];
        let height: i32 = attr(root, "height").unwrap().parse().unwrap();
        let y: i32 = attr(rect, "y").unwrap().parse().unwrap();
        let h: i32 = attr(rect, "height").unwrap().parse().unwrap();
        assert!(y + h <= height, "{rect} inside the drawing");
    }
}

#[test]
fn the_cli_draws_the_svg_and_highlights_answers() {
    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the verwijswijzer binary runs")
    };
    let pack = bundled_packs().remove(0);
    let region = pack.region.id.to_string();
    let plain = cli(&["tree", "--region", &region, "--format", "svg"]);
    assert!(plain.status.success());
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert_eq!(plain, tree_svg(&pack, &Highlight::NONE));

    let answers = "acute_risk=yes";
    let lit = cli(&[
        "tree",
        "--region",
        &region,
        "--format",
        "svg",
        "--answers",
        answers,
    ]);
    assert!(lit.status.success());
    let walk = evaluate(
        &pack,
        &Context::region(&pack),
        &Answers::parse(&pack, answers).unwrap(),
    );
    assert_eq!(
        String::from_utf8(lit.stdout).unwrap(),
        tree_svg(&pack, &Highlight::from(&walk))
    );

    let wrong = cli(&[
        "tree",
        "--region",
        &region,
        "--format",
        "dot",
        "--answers",
        answers,
    ]);
    assert_eq!(wrong.status.code(), Some(2));
}

/// The page's content security policy allows no inline style: the app's SVG carries none, and
/// is otherwise the standalone drawing.
#[test]
fn the_svg_for_the_page_has_no_style_element_and_nothing_else_differs() {
    for bundled in BUNDLED {
        let pack = bundled.load().expect("bundled packs load");
        let standalone = tree_svg(&pack, &Highlight::NONE);
        let for_page = tree_svg_for_page(&pack, &Highlight::NONE);
        assert!(standalone.contains("<style>"));
        assert!(!for_page.contains("<style") && !for_page.contains("style="));
        let style = format!("<style>{}</style>\n", include_str!("../static/tree.css"));
        assert_eq!(for_page, standalone.replacen(&style, "", 1));
    }
}
