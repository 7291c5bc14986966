//! The decision tree as a reader sees it (`engine::tree_svg`): no node covers another, every
//! text sits inside its box and within the drawing's margin and covers no other text or node,
//! every arrow leaves the node it comes from and points at the node it goes to without crossing
//! a third, and the drawing ends at its own margin. `tests/diagram.rs` checks what is drawn;
//! this file checks where.
//!
//! Text width is estimated at a modest average glyph width (half the font size, a little more
//! for bold), so a failure here is text that would not fit in any common font.

mod common;

use common::{attr, bundled_packs, conditional_steps_in_a_row};
use verwijswijzer::engine::{
    AnswerCode, Answers, Condition, Context, Highlight, QuestionId, enumerate_paths, evaluate,
    tree_svg,
};

/// The drawing's margin on every side (`MARGIN` in the drawing code).
const MARGIN: f64 = 24.0;
/// The gap an arrow's head fills before the node it points at, off and on the path.
const ARROW: f64 = 10.0;
const ARROW_ON_PATH: f64 = 14.0;
/// How close an edge may pass a node it does not start or end at.
const EDGE_CLEARANCE: f64 = 10.0;
/// How close an edge may pass a loose text (a label, badge or caption), beyond its estimated
/// box: the estimate is a mean, and a line that grazes the letters reads as crossing them.
const TEXT_CLEARANCE: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Area {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Area {
    /// Whether the two share any inner point (touching edges do not count).
    fn overlaps(&self, other: &Area) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Halfway between the top of the highest and the bottom of the lowest of `areas`: where a
    /// text of several lines has its middle.
    fn middle_of<'a>(areas: impl IntoIterator<Item = &'a Area> + Clone) -> f64 {
        let top = areas
            .clone()
            .into_iter()
            .map(|a| a.top)
            .fold(f64::MAX, f64::min);
        let bottom = areas.into_iter().map(|a| a.bottom).fold(f64::MIN, f64::max);
        (top + bottom) / 2.0
    }

    fn contains(&self, other: &Area) -> bool {
        self.left <= other.left
            && other.right <= self.right
            && self.top <= other.top
            && other.bottom <= self.bottom
    }

    fn grown(&self, by: f64) -> Area {
        self.shrunk(-by)
    }

    fn shrunk(&self, by: f64) -> Area {
        Area {
            left: self.left + by,
            top: self.top + by,
            right: self.right - by,
            bottom: self.bottom - by,
        }
    }

    /// The distance between two areas that do not overlap, along the axis that separates them.
    fn gap(&self, other: &Area) -> f64 {
        let horizontal = (other.left - self.right).max(self.left - other.right);
        let vertical = (other.top - self.bottom).max(self.top - other.bottom);
        horizontal.max(vertical)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Owner {
    Question(String),
    Reference(String),
    Route(String),
    Group,
    /// Not inside a node or group: a label, badge, caption or the heading.
    Loose,
}

#[derive(Debug)]
struct Node {
    owner: Owner,
    area: Area,
}

#[derive(Debug)]
struct Text {
    class: String,
    owner: Owner,
    area: Area,
    content: String,
}

#[derive(Debug)]
struct Edge {
    kind: String,
    on_path: bool,
    from: String,
    to: String,
    points: Vec<(f64, f64)>,
}

impl Edge {
    /// Each straight piece of the line as an area, half a pixel wide where it has no width, so
    /// it still overlaps what it runs through.
    fn segments(&self) -> Vec<Area> {
        self.points
            .windows(2)
            .map(|pair| {
                let (a, b) = (pair[0], pair[1]);
                let (left, top) = (a.0.min(b.0), a.1.min(b.1));
                Area {
                    left,
                    top,
                    right: a.0.max(b.0).max(left + 0.5),
                    bottom: a.1.max(b.1).max(top + 0.5),
                }
            })
            .collect()
    }
}

/// The drawing read back from the SVG: enough structure to measure it.
#[derive(Debug, Default)]
struct Drawing {
    width: f64,
    height: f64,
    nodes: Vec<Node>,
    groups: Vec<Area>,
    texts: Vec<Text>,
    edges: Vec<Edge>,
    /// Document order of nodes and loose texts: a badge follows its question's node, a caption
    /// comes before it.
    order: Vec<Placed>,
}

#[derive(Debug, Clone, Copy)]
enum Placed {
    Node(usize),
    Text(usize),
}

fn number(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} is a number in {tag}"))
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Font size and average glyph width (px) of a text by its classes (`static/tree.css`).
fn font(class: &str, in_group: bool) -> (f64, f64) {
    let classes: Vec<&str> = class.split_whitespace().collect();
    let has = |c: &str| classes.contains(&c);
    let px = if has("kop") {
        24.0
    } else if has("titel") && in_group {
        20.0
    } else if has("titel") {
        18.0
    } else if has("id") {
        14.0
    } else {
        15.0
    };
    let bold = has("kop") || has("titel") || has("badge") || has("on-path");
    (px, px * if bold { 0.55 } else { 0.5 })
}

/// The path of an edge as its corner points: `M x,y` then `H x` and `V y` steps.
fn corners(d: &str) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for step in d.split_whitespace() {
        let (command, value) = step.split_at(1);
        let last = points.last().copied();
        let point = match (command, last) {
            ("M", None) => {
                let (x, y) = value.split_once(',').expect("M x,y");
                (x.parse().expect("x"), y.parse().expect("y"))
            }
            ("H", Some((_, y))) => (value.parse().expect("H x"), y),
            ("V", Some((x, _))) => (x, value.parse().expect("V y")),
            _ => panic!("an edge is drawn with M, H and V only: {d}"),
        };
        points.push(point);
    }
    points
}

fn read(svg: &str) -> Drawing {
    let mut drawing = Drawing::default();
    // The classes and data attributes of the open `<g>` and `<a>` elements.
    let mut open: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find('<') {
        let end = rest[at..].find('>').expect("a tag ends") + at;
        let tag = &rest[at..=end];
        rest = &rest[end + 1..];
        let owner = || {
            for g in open.iter().rev() {
                let class = attr(g, "class").unwrap_or_default();
                if let Some(id) = attr(g, "data-question") {
                    return Owner::Question(id.to_owned());
                }
                if let Some(id) = attr(g, "data-ref") {
                    return Owner::Reference(id.to_owned());
                }
                if let Some(id) = attr(g, "data-route") {
                    return Owner::Route(id.to_owned());
                }
                if class == "groep" {
                    return Owner::Group;
                }
            }
            Owner::Loose
        };
        if tag.starts_with("<svg ") {
            drawing.width = number(tag, "width");
            drawing.height = number(tag, "height");
        } else if tag.starts_with("<g") || tag.starts_with("<a ") {
            open.push(tag);
        } else if tag == "</g>" || tag == "</a>" {
            open.pop();
        } else if tag.starts_with("<rect ") {
            let (x, y) = (number(tag, "x"), number(tag, "y"));
            let area = Area {
                left: x,
                top: y,
                right: x + number(tag, "width"),
                bottom: y + number(tag, "height"),
            };
            match owner() {
                Owner::Group => drawing.groups.push(area),
                Owner::Loose => {}
                owner => {
                    drawing.order.push(Placed::Node(drawing.nodes.len()));
                    drawing.nodes.push(Node { owner, area });
                }
            }
        } else if tag.starts_with("<text ") {
            let close = rest.find("</text>").expect("a text closes");
            let content = unescape(&rest[..close]);
            let class = attr(tag, "class").unwrap_or_default().to_owned();
            let owner = owner();
            let (px, glyph) = font(&class, owner == Owner::Group);
            let width = glyph * content.chars().count() as f64;
            let (x, y) = (number(tag, "x"), number(tag, "y"));
            let left = if attr(tag, "text-anchor") == Some("end") {
                x - width
            } else {
                x
            };
            let area = Area {
                left,
                top: y - 0.75 * px,
                right: left + width,
                bottom: y + 0.2 * px,
            };
            if owner == Owner::Loose {
                drawing.order.push(Placed::Text(drawing.texts.len()));
            }
            drawing.texts.push(Text {
                class,
                owner,
                area,
                content,
            });
        } else if tag.starts_with("<path class=\"halo\"") {
            let g = open.last().expect("an edge's path is in its group");
            let class = attr(g, "class").expect("an edge has classes");
            drawing.edges.push(Edge {
                kind: class
                    .split_whitespace()
                    .nth(1)
                    .expect("edge kind")
                    .to_owned(),
                on_path: class.split_whitespace().any(|c| c == "on-path"),
                from: attr(g, "data-from").expect("data-from").to_owned(),
                to: attr(g, "data-to").expect("data-to").to_owned(),
                points: corners(attr(tag, "d").expect("d")),
            });
        }
    }
    drawing
}

impl Drawing {
    fn area(&self) -> Area {
        Area {
            left: 0.0,
            top: 0.0,
            right: self.width,
            bottom: self.height,
        }
    }

    fn node(&self, owner: &Owner) -> Option<&Node> {
        self.nodes.iter().find(|n| &n.owner == owner)
    }
}

fn check(svg: &str, what: &str) -> Drawing {
    let drawing = read(svg);
    let whole = drawing.area();
    assert!(drawing.nodes.len() > 10, "{what}: nodes read back");
    assert!(
        drawing.edges.len() >= drawing.nodes.len(),
        "{what}: edges read back"
    );
    assert!(
        drawing.texts.len() > 2 * drawing.nodes.len(),
        "{what}: texts read back"
    );
    assert!(
        !drawing.groups.is_empty(),
        "{what}: the add-ons' group read back"
    );

    // Nodes: inside the drawing and its margin, apart from each other, each wholly inside a
    // group or outside all of them.
    let inner = whole.shrunk(MARGIN);
    for (n, node) in drawing.nodes.iter().enumerate() {
        assert!(
            inner.contains(&node.area),
            "{what}: {node:?} within the margin"
        );
        for other in &drawing.nodes[n + 1..] {
            let gap = node.area.gap(&other.area);
            assert!(gap >= 10.0, "{what}: {node:?} and {other:?} {gap} px apart");
        }
        for group in &drawing.groups {
            assert!(
                group.contains(&node.area) || !group.overlaps(&node.area),
                "{what}: {node:?} half in group {group:?}"
            );
        }
    }
    for (g, group) in drawing.groups.iter().enumerate() {
        assert!(
            inner.contains(group),
            "{what}: group {group:?} within the margin"
        );
        // A group closes a little below what it holds, not far beneath it.
        let content = drawing
            .nodes
            .iter()
            .map(|n| n.area)
            .filter(|a| group.contains(a))
            .map(|a| a.bottom)
            .fold(group.top, f64::max);
        let below = group.bottom - content;
        assert!(
            (8.0..=48.0).contains(&below),
            "{what}: group {group:?} ends {below} px below its last node"
        );
        for other in &drawing.groups[g + 1..] {
            assert!(
                !group.overlaps(other),
                "{what}: groups {group:?} and {other:?}"
            );
        }
    }
    // The drawing ends at its margin: no blank band below or to the right.
    let lowest = drawing
        .nodes
        .iter()
        .map(|n| n.area)
        .chain(drawing.groups.iter().copied())
        .map(|a| a.bottom)
        .fold(0.0, f64::max);
    let rightmost = drawing
        .nodes
        .iter()
        .map(|n| n.area.right)
        .fold(0.0, f64::max);
    assert_eq!(drawing.height, lowest + MARGIN, "{what}: height");
    assert_eq!(drawing.width, rightmost + MARGIN, "{what}: width");

    // Texts: within the margin; a node's text inside its node with room to spare; any other
    // text on no node; no two texts on top of each other.
    let edge_segments: Vec<(&Edge, Vec<Area>)> =
        drawing.edges.iter().map(|e| (e, e.segments())).collect();
    for (t, text) in drawing.texts.iter().enumerate() {
        assert!(
            inner.contains(&text.area),
            "{what}: {text:?} inside the drawing's margin"
        );
        match &text.owner {
            Owner::Loose | Owner::Group => {
                for node in &drawing.nodes {
                    assert!(
                        !text.area.overlaps(&node.area),
                        "{what}: {text:?} covers {node:?}"
                    );
                }
            }
            owner => {
                let node = drawing.node(owner).expect("a node's text has its node");
                assert!(
                    node.area.shrunk(4.0).contains(&text.area),
                    "{what}: {text:?} inside {node:?}"
                );
            }
        }
        if text.owner == Owner::Group {
            // Inside its group, starting at the group's left edge plus a little padding.
            assert!(
                drawing
                    .groups
                    .iter()
                    .any(|g| g.contains(&text.area)
                        && (8.0..=24.0).contains(&(text.area.left - g.left))),
                "{what}: {text:?} at the left of its group"
            );
        }
        for other in &drawing.texts[t + 1..] {
            assert!(
                !text.area.overlaps(&other.area),
                "{what}: {text:?} covers {other:?}"
            );
        }
        // No line runs through or touches a label, badge or caption.
        if text.owner == Owner::Loose {
            let near = text.area.grown(TEXT_CLEARANCE);
            for (edge, segments) in &edge_segments {
                assert!(
                    !segments.iter().any(|s| s.overlaps(&near)),
                    "{what}: {} edge {} -> {} runs through {text:?}",
                    edge.kind,
                    edge.from,
                    edge.to
                );
            }
        }
    }

    // A caption sits just above the node after it; a badge beside the node before it.
    let mut last_node: Option<&Node> = None;
    let mut captions: Vec<&Text> = Vec::new();
    for placed in &drawing.order {
        match *placed {
            Placed::Node(n) => {
                let node = &drawing.nodes[n];
                for caption in captions.drain(..) {
                    assert!(
                        caption.area.bottom <= node.area.top
                            && node.area.top - caption.area.top <= 80.0,
                        "{what}: {caption:?} just above {node:?}"
                    );
                }
                last_node = Some(node);
            }
            Placed::Text(t) => {
                let text = &drawing.texts[t];
                if text.class == "caption" {
                    captions.push(text);
                } else if text.class.starts_with("badge") {
                    let node = last_node.expect("a badge follows its node");
                    assert!(
                        matches!(node.owner, Owner::Question(_))
                            && text.area.right <= node.area.left
                            && text.area.bottom > node.area.top
                            && text.area.top < node.area.bottom,
                        "{what}: {text:?} beside {node:?}"
                    );
                }
            }
        }
    }
    assert!(captions.is_empty(), "{what}: a caption without its node");

    // A badge's lines, together, centred on its question (within 2 px).
    for node in drawing
        .nodes
        .iter()
        .filter(|n| matches!(n.owner, Owner::Question(_)))
    {
        let badge: Vec<&Area> = drawing
            .texts
            .iter()
            .filter(|t| t.class.starts_with("badge"))
            .map(|t| &t.area)
            .filter(|a| a.right <= node.area.left)
            .filter(|a| a.bottom > node.area.top && a.top < node.area.bottom)
            .collect();
        if badge.is_empty() {
            continue;
        }
        let off = Area::middle_of(badge.iter().copied()) - Area::middle_of([&node.area]);
        assert!(
            off.abs() <= 2.0,
            "{what}: a badge {off} px off the middle of {node:?}"
        );
    }

    for edge in &drawing.edges {
        check_edge(&drawing, edge, what);
    }
    for (e, one) in drawing.edges.iter().enumerate() {
        for other in &drawing.edges[e + 1..] {
            assert_apart(one, other, what);
        }
    }
    drawing
}

/// Edges share a stretch of line only where they share an end: the exits of one question leave
/// it together, and arrows into one route join its lane. Two others on one line could not be
/// told apart.
fn assert_apart(one: &Edge, other: &Edge, what: &str) {
    if one.from == other.from || one.to == other.to {
        return;
    }
    for a in one.points.windows(2) {
        for b in other.points.windows(2) {
            let vertical = a[0].0 == a[1].0 && b[0].0 == b[1].0 && a[0].0 == b[0].0;
            let horizontal = a[0].1 == a[1].1 && b[0].1 == b[1].1 && a[0].1 == b[0].1;
            let span = |p: &[(f64, f64)], axis: fn(&(f64, f64)) -> f64| {
                let (x, y) = (axis(&p[0]), axis(&p[1]));
                (x.min(y), x.max(y))
            };
            let shared = if vertical {
                let (a, b) = (span(a, |p| p.1), span(b, |p| p.1));
                a.1.min(b.1) - a.0.max(b.0)
            } else if horizontal {
                let (a, b) = (span(a, |p| p.0), span(b, |p| p.0));
                a.1.min(b.1) - a.0.max(b.0)
            } else {
                0.0
            };
            assert!(
                shared <= 0.0,
                "{what}: {} edge {} -> {} and {} edge {} -> {} share {shared} px of line",
                one.kind,
                one.from,
                one.to,
                other.kind,
                other.from,
                other.to
            );
        }
    }
}

/// An edge leaves its source's side (exits, right) or bottom (the flow), ends an arrow's
/// length before its target, stays inside the drawing and crosses no other node.
fn check_edge(drawing: &Drawing, edge: &Edge, what: &str) {
    let what = format!("{what}: {} edge {} -> {}", edge.kind, edge.from, edge.to);
    let (first, last) = (edge.points[0], edge.points[edge.points.len() - 1]);
    let arrow = if edge.on_path { ARROW_ON_PATH } else { ARROW };
    let inside =
        |p: (f64, f64), a: &Area| a.left < p.0 && p.0 < a.right && a.top < p.1 && p.1 < a.bottom;
    let (source, target) = match edge.kind.as_str() {
        "exit" | "also" => {
            let source = drawing
                .nodes
                .iter()
                .find(|n| {
                    matches!(&n.owner, Owner::Question(id) | Owner::Reference(id) if *id == edge.from)
                        && first.0 == n.area.right
                        && n.area.top < first.1
                        && first.1 < n.area.bottom
                })
                .unwrap_or_else(|| panic!("{what} leaves the right side of its question: {edge:?}"));
            let target = drawing
                .node(&Owner::Route(edge.to.clone()))
                .unwrap_or_else(|| panic!("{what}: the route has a node"));
            assert_eq!(
                last.0 + arrow,
                target.area.left,
                "{what}: ends before the route"
            );
            assert!(
                target.area.top + 4.0 <= last.1 && last.1 <= target.area.bottom - 4.0,
                "{what}: points into the route's side {edge:?} {target:?}"
            );
            // Its label (the answer, and when) sits on the line where it turns to its route,
            // the last line just above it, so the two read as one.
            let (fan, slot) = (edge.points[1].0, edge.points[2].1);
            assert!(
                drawing.texts.iter().any(|t| t.class.starts_with("label")
                    && t.area.left == fan + 8.0
                    && (slot - 6.0..slot).contains(&t.area.bottom)),
                "{what}: a label just above the line at {slot}"
            );
            (source, target)
        }
        "spine" | "bypass" => {
            let source = drawing
                .node(&Owner::Question(edge.from.clone()))
                .unwrap_or_else(|| panic!("{what}: the question has a node"));
            let target = drawing
                .node(&Owner::Question(edge.to.clone()))
                .unwrap_or_else(|| panic!("{what}: the next question has a node"));
            assert_eq!(first.1, source.area.bottom, "{what}: leaves the bottom");
            assert!(
                source.area.left < first.0 && first.0 < source.area.right,
                "{what}: leaves the bottom"
            );
            assert_eq!(
                last.1 + arrow,
                target.area.top,
                "{what}: ends above the next question"
            );
            assert!(
                target.area.left < last.0 && last.0 < target.area.right,
                "{what}: points at the next question"
            );
            assert!(
                target.area.top > source.area.bottom,
                "{what}: the flow goes down"
            );
            if edge.kind == "bypass" {
                // Its label ("anders, als ...") just under the question it leaves, left of
                // its lane.
                let lane = edge.points.iter().map(|p| p.0).fold(f64::MAX, f64::min);
                assert!(
                    drawing.texts.iter().any(|t| t.class.starts_with("label")
                        && t.area.right < lane
                        && (0.0..=10.0).contains(&(t.area.top - source.area.bottom))),
                    "{what}: a label under the question it leaves"
                );
            }
            if edge.kind == "spine" {
                // Its label ("anders", or when the next step is asked) right of the arrow,
                // centred in the gap between the two questions.
                let label: Vec<Area> = drawing
                    .texts
                    .iter()
                    .filter(|t| t.class.starts_with("label") && t.area.left == first.0 + 10.0)
                    .map(|t| t.area)
                    .filter(|a| source.area.bottom < a.top && a.bottom < target.area.top)
                    .collect();
                assert!(!label.is_empty(), "{what}: a label");
                let off = Area::middle_of(&label) - (source.area.bottom + target.area.top) / 2.0;
                assert!(
                    off.abs() <= 2.0,
                    "{what}: label {off} px off the gap's middle"
                );
            }
            (source, target)
        }
        kind => panic!("{what}: an edge of unknown kind {kind}"),
    };
    for pair in edge.points.windows(2) {
        assert!(
            pair[0].0 == pair[1].0 || pair[0].1 == pair[1].1,
            "{what}: straight segments only"
        );
    }
    for segment in edge.segments() {
        assert!(
            drawing.area().contains(&segment),
            "{what}: inside the drawing"
        );
        for node in &drawing.nodes {
            if std::ptr::eq(node, source) || std::ptr::eq(node, target) {
                continue;
            }
            // A line this close to a node reads as its border.
            assert!(
                !segment.overlaps(&node.area.grown(EDGE_CLEARANCE)),
                "{what}: crosses or touches {node:?}"
            );
        }
    }
    assert!(
        !edge.points[1..].iter().any(|p| inside(*p, &source.area)),
        "{what}: doubles back into its source"
    );
}

#[test]
fn nothing_in_the_tree_covers_anything_else() {
    for pack in bundled_packs() {
        let drawing = check(&tree_svg(&pack, &Highlight::NONE), pack.region.id.as_str());
        assert!(
            drawing.texts.iter().any(|t| t.class == "caption"),
            "captions read back"
        );
        assert!(
            drawing.edges.iter().any(|e| e.kind == "bypass"),
            "bypasses read back"
        );
    }
}

/// Two bypasses side by side (two conditional steps in a row) take lanes apart, and the
/// tree still covers nothing, unlit or lit along any way through it.
#[test]
fn bypasses_side_by_side_keep_apart() {
    let pack = conditional_steps_in_a_row();
    let drawing = check(&tree_svg(&pack, &Highlight::NONE), "side by side");
    let bypasses = drawing.edges.iter().filter(|e| e.kind == "bypass").count();
    assert!(bypasses >= 2, "{bypasses} bypasses");
    let context = Context::region(&pack);
    for (n, walk) in enumerate_paths(&pack, &context).iter().enumerate() {
        if n % 11 == 0 {
            check(
                &tree_svg(&pack, &Highlight::from(walk)),
                &format!("side by side, path {n}"),
            );
        }
    }
}

/// Lit, every arrow on the path is thicker with a larger head, and every answered question has
/// a badge: one walk to each route (and each set of add-ons) of each region.
#[test]
fn a_lit_path_covers_nothing_either() {
    for pack in bundled_packs() {
        let context = Context::region(&pack);
        let mut seen = Vec::new();
        for walk in enumerate_paths(&pack, &context) {
            let key = (walk.primary.clone(), walk.also.clone());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let what = format!(
                "{} to {:?} and {:?}",
                pack.region.id, walk.primary, walk.also
            );
            let drawing = check(&tree_svg(&pack, &Highlight::from(&walk)), &what);
            let badges = drawing
                .texts
                .iter()
                .filter(|t| t.class.starts_with("badge"));
            assert!(
                badges.count() >= walk.path.len(),
                "{what}: a badge per answer"
            );
            assert!(
                drawing.edges.iter().any(|e| e.on_path),
                "{what}: arrows lit"
            );
        }
        assert!(
            seen.len() > 8,
            "{}: {} outcomes",
            pack.region.id,
            seen.len()
        );
    }
}

/// Long words are cut with a hyphen and long texts wrap, in the nodes, on the edges and in the
/// gutter.
#[test]
fn long_pack_texts_wrap_inside_their_boxes() {
    let mut pack = bundled_packs().remove(0);
    let long_word = "Arbeidsongeschiktheidsverzekeringsaanvraagformulierenbundel";
    for question in pack.questions.values_mut() {
        question.short = format!("{long_word} {}", question.short);
    }
    for route in pack.routes.values_mut() {
        route.title = format!("{} {long_word} en nog wat meer woorden", route.title);
    }
    pack.labels.yes = format!("Ja, {long_word}");
    // A bypass label names the questions of its condition: a long name is cut to the gutter.
    for step in &mut pack.flow {
        if let Some(when) = step.when.take() {
            let long_name = Condition::Answer {
                question: QuestionId::from("arbeidsongeschiktheidsverzekering"),
                is: vec![AnswerCode::Yes],
            };
            step.when = Some(Condition::Any(vec![when, long_name]));
        }
    }
    let answers = Answers::parse(
        &pack,
        "acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,\
         psychosocial=yes,multi_problem=no,practical_core=no,self_directed=no,open_to_coach=yes,\
         weight_risk=yes,carer_strain=no",
    )
    .expect("a whole consult");
    let walk = evaluate(&pack, &Context::region(&pack), &answers);
    for highlight in [Highlight::NONE, Highlight::from(&walk)] {
        let drawing = check(&tree_svg(&pack, &highlight), "long texts");
        let cut: Vec<&Text> = drawing
            .texts
            .iter()
            .filter(|t| {
                t.content.ends_with('-') && long_word.contains(t.content.trim_end_matches('-'))
            })
            .collect();
        assert!(
            cut.len() >= pack.questions.len(),
            "the long word is cut: {}",
            cut.len()
        );
        // Cut, not lost: a node's lines put back together hold the whole word.
        let question = QuestionId::from("acute_risk");
        let joined: String = drawing
            .texts
            .iter()
            .filter(|t| t.owner == Owner::Question(question.to_string()) && t.class == "titel")
            .map(|t| t.content.trim_end_matches('-'))
            .collect();
        assert!(joined.contains(long_word), "{joined}");
    }
}
