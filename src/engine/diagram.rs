//! The decision tree drawn as SVG from the pack, in Rust: for the app's "Beslisboom" view, the
//! regional working group on a projector and pack editors (`verwijswijzer tree --format svg`).
//!
//! Layout: the main flow is a vertical spine on the left, `acute_risk` first (the engine asks it
//! first), then every flow step in order, with the condition under which the next step is asked
//! on the arrow between them; a step that may be passed by gets a bypass on the left. Each exit
//! goes right to a route node with the answer on the edge. A route reached from several exits is
//! one node: the other edges join it through a vertical lane beside the route column. The
//! add-ons are a group below the spine; questions and routes nothing leads to, a last group.
//! Text is wrapped by counting characters (no font metrics), so the drawing is a pure function
//! of the pack and the highlight, and the same in every browser.

use super::condition::{Condition, Flags};
use super::evaluate::{Answers, Context, Step, Walk, evaluate};
use super::ids::{AnswerCode, QuestionId, RouteId};
use super::model::Pack;
use super::ordered::{IdMap, IdSet};
use super::{ACUTE_RISK, URGENT_CARE};
use std::fmt::Write;

/// What to highlight: the questions answered so far with their answers, and the routes reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight<'a> {
    pub path: &'a [Step],
    pub primary: Option<&'a RouteId>,
    pub also: &'a [RouteId],
}

impl Highlight<'_> {
    /// Nothing highlighted: the tree as the pack draws it.
    pub const NONE: Highlight<'static> = Highlight {
        path: &[],
        primary: None,
        also: &[],
    };
}

impl<'a> From<&'a Walk> for Highlight<'a> {
    fn from(walk: &'a Walk) -> Self {
        Highlight {
            path: &walk.path,
            primary: walk.primary.as_ref(),
            also: &walk.also,
        }
    }
}

/// The link each question node carries: the app's fragment that opens that question's help text.
pub fn question_link(question: &QuestionId) -> String {
    format!("#beslisboom&vraag={question}")
}

/// The tree as a standalone SVG document, a pure function of the pack and the highlight.
pub fn tree_svg(pack: &Pack, highlight: &Highlight) -> String {
    draw(pack, highlight, Styling::Embedded)
}

/// The tree for a page that loads `static/tree.css` itself: no `<style>` element, which a
/// strict content security policy would block.
pub fn tree_svg_for_page(pack: &Pack, highlight: &Highlight) -> String {
    draw(pack, highlight, Styling::FromPage)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Styling {
    Embedded,
    FromPage,
}

fn draw(pack: &Pack, highlight: &Highlight, styling: Styling) -> String {
    let plan = Plan::new(pack, highlight);
    let layout = Layout::new(pack, &plan);
    render(pack, highlight, &plan, &layout, styling)
}

// ---------------------------------------------------------------- sizes (px)

const MARGIN: i32 = 24;
/// Left of the spine: the "✓ antwoord" badges and the bypass lanes.
const GUTTER: i32 = 190;
const QUESTION_W: i32 = 320;
/// Where a question's exits fan out, right of the node.
const FAN: i32 = 18;
/// The edge labels, between the fan and the lanes.
const LABEL_W: i32 = 250;
const LANE_STEP: i32 = 14;
/// Between the lane nearest the routes and the route column.
const LANE_GAP: i32 = 24;
const ROUTE_W: i32 = 310;
const PAD: i32 = 12;
const NODE_PX: i32 = 18;
const NODE_LINE: i32 = 23;
const SMALL_PX: i32 = 15;
const SMALL_LINE: i32 = 19;
const ID_LINE: i32 = 19;
const SPINE_GAP: i32 = 48;
const SLOT_GAP: i32 = 14;
const ARROW: i32 = 10;
const ARROW_ON: i32 = 14;

/// How many characters fit in `width` px of text at `px`, by a generous average glyph width.
fn fit(width: i32, px: i32, bold: bool) -> usize {
    let per_char = px * if bold { 60 } else { 55 };
    usize::try_from(width * 100 / per_char).unwrap_or(1).max(4)
}

/// Wraps at spaces so no line is longer than `max` characters; longer words are cut.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut part: String = word.drain(..max - 1).collect();
            part.push('-');
            lines.push(part);
        }
        let word: String = word.into_iter().collect();
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn count(lines: usize) -> i32 {
    i32::try_from(lines).unwrap_or(i32::MAX / 4)
}

/// XML-escapes pack text for element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------- what is drawn

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Spine,
    AddOns,
    Other,
}

/// A row: a question node (or, for an add-on on a spine question, a reference to it) with the
/// edges to the routes its answers lead to.
struct Item<'p> {
    question: &'p QuestionId,
    group: Group,
    /// An add-on on a question the spine already draws: a reference, not a second node.
    reference: bool,
    /// Above the node: when an add-on is asked.
    caption: Option<String>,
    slots: Vec<Slot<'p>>,
    /// The flow step's condition (spine only): when it is asked at all.
    when: Option<&'p Condition>,
}

/// An edge from an item to a route.
struct Slot<'p> {
    route: &'p RouteId,
    label: String,
    /// "Ook overwegen" of an exit.
    also: bool,
    on: bool,
}

/// The tree to draw, before geometry: items in order, where each route node goes, what is lit.
struct Plan<'p> {
    items: Vec<Item<'p>>,
    /// Per item: a spine item whose incoming arrow (from the item before) is on the path.
    spine_on: Vec<bool>,
    /// Spine items passed by on the path.
    bypass_on: Vec<bool>,
    /// Where each route's node sits: (item, slot). Other slots to it join through its lane.
    placed: IdMap<&'p RouteId, (usize, usize)>,
    /// Routes with a lane, in lane order (0 nearest the route column).
    lanes: Vec<&'p RouteId>,
    /// Routes no edge leads to, drawn in the last group.
    loose_routes: Vec<&'p RouteId>,
    answered: IdMap<&'p QuestionId, &'p Step>,
    lit_routes: IdSet<&'p RouteId>,
}

impl<'p> Plan<'p> {
    fn new(pack: &'p Pack, highlight: &Highlight<'p>) -> Self {
        let acute = pack
            .questions
            .get_key_value(&QuestionId::from(ACUTE_RISK))
            .map(|(id, _)| id);
        let urgent = pack
            .routes
            .get_key_value(&RouteId::from(URGENT_CARE))
            .map(|(id, _)| id);
        let mut items: Vec<Item> = Vec::new();
        let mut drawn: IdSet<&QuestionId> = IdSet::new();
        // The engine's own first step: acute risk, whose yes leads to urgent care alone.
        if let Some(acute) = acute {
            let slots = urgent
                .map(|route| Slot {
                    route,
                    label: pack.labels.yes.clone(),
                    also: false,
                    on: false,
                })
                .into_iter()
                .collect();
            items.push(Item {
                question: acute,
                group: Group::Spine,
                reference: false,
                caption: None,
                slots,
                when: None,
            });
            drawn.insert(acute);
        }
        // Flow index of each spine item (None for acute risk), to find exits again.
        let mut steps: Vec<Option<usize>> = vec![None; items.len()];
        for (index, step) in pack.flow.iter().enumerate() {
            if !drawn.insert(&step.question) {
                continue;
            }
            let question = pack.question(&step.question);
            let mut slots = Vec::new();
            for exit in &step.exits {
                let answer = question.map_or(exit.on.as_str(), |q| pack.answer_label(q, &exit.on));
                let label = match &exit.when {
                    Some(when) => format!("{answer}, als {}", when.describe()),
                    None => answer.to_owned(),
                };
                slots.push(Slot {
                    route: &exit.route,
                    label,
                    also: false,
                    on: false,
                });
                for also in &exit.also {
                    slots.push(Slot {
                        route: also,
                        label: format!("{answer}: ook overwegen"),
                        also: true,
                        on: false,
                    });
                }
            }
            items.push(Item {
                question: &step.question,
                group: Group::Spine,
                reference: false,
                caption: None,
                slots,
                when: step.when.as_ref(),
            });
            steps.push(Some(index));
        }
        let spine_len = items.len();
        for addon in &pack.addons {
            let reference = !drawn.insert(&addon.question);
            let caption = match &addon.when {
                Some(when) => format!("Gevraagd als {}", when.describe()),
                None => "Altijd gevraagd".to_owned(),
            };
            items.push(Item {
                question: &addon.question,
                group: Group::AddOns,
                reference,
                caption: Some(caption),
                slots: vec![Slot {
                    route: &addon.route,
                    label: pack.labels.yes.clone(),
                    also: false,
                    on: false,
                }],
                when: None,
            });
        }
        for question in pack.questions.keys() {
            if drawn.insert(question) {
                items.push(Item {
                    question,
                    group: Group::Other,
                    reference: false,
                    caption: None,
                    slots: Vec::new(),
                    when: None,
                });
            }
        }

        // Where each route node goes: beside the middle of the main-flow exits to it, else
        // beside the first edge to it.
        let mut targets: IdMap<&RouteId, Vec<(usize, usize, bool)>> = IdMap::new();
        for (i, item) in items.iter().enumerate() {
            for (s, slot) in item.slots.iter().enumerate() {
                let main = item.group == Group::Spine && !slot.also;
                targets.value_or_default(slot.route).push((i, s, main));
            }
        }
        let mut placed = IdMap::new();
        let mut lanes_by_first: Vec<(usize, &RouteId)> = Vec::new();
        for (route, edges) in &targets {
            let main: Vec<&(usize, usize, bool)> = edges.iter().filter(|e| e.2).collect();
            let (i, s, _) = if main.is_empty() {
                edges[0]
            } else {
                *main[(main.len() - 1) / 2]
            };
            placed.insert(*route, (i, s));
            if edges.len() > 1 {
                // Lanes go in the order of their first edge, then of route id: the routes come
                // in id order, so each goes after those whose first edge is not later.
                let first = edges[0].0;
                let at = lanes_by_first.partition_point(|(f, _)| *f <= first);
                lanes_by_first.insert(at, (first, route));
            }
        }
        let lanes = lanes_by_first.into_iter().map(|(_, r)| r).collect();
        let loose_routes = pack
            .routes
            .keys()
            .filter(|r| !targets.contains_key(r))
            .collect();

        let item_count = items.len();
        let mut plan = Plan {
            items,
            spine_on: vec![false; item_count],
            bypass_on: vec![false; item_count],
            placed,
            lanes,
            loose_routes,
            answered: highlight.path.iter().map(|s| (&s.question, s)).collect(),
            lit_routes: highlight
                .primary
                .into_iter()
                .chain(highlight.also)
                .collect(),
        };
        plan.light(pack, highlight, &steps[..spine_len]);
        plan
    }

    /// Marks the edges the highlighted consult took, walking the flow as the engine does.
    fn light(&mut self, pack: &Pack, highlight: &Highlight, steps: &[Option<usize>]) {
        let Some(first) = highlight.path.first() else {
            return;
        };
        let flags = flags_of(pack, highlight);
        let routed: IdMap<QuestionId, AnswerCode> = highlight
            .path
            .iter()
            .map(|s| (s.question.clone(), s.routed_as.clone()))
            .collect();
        let reached = |route: &RouteId| highlight.primary == Some(route);
        let also = |route: &RouteId| highlight.also.contains(route);
        let starts_with_acute = self
            .items
            .first()
            .is_some_and(|i| i.question.as_str() == ACUTE_RISK);
        if first.question.as_str() != ACUTE_RISK || !starts_with_acute {
            return;
        }
        if first.routed_as.is_yes() {
            for slot in &mut self.items[0].slots {
                slot.on = reached(slot.route);
            }
            return;
        }
        let mut previous = 0;
        for (i, flow_index) in steps.iter().enumerate().skip(1) {
            let Some(step) = flow_index.and_then(|f| pack.flow.get(f)) else {
                continue;
            };
            if step.when.as_ref().is_some_and(|c| !c.holds(&routed, flags)) {
                continue;
            }
            let Some(answer) = routed.get(&step.question) else {
                break;
            };
            if i == previous + 1 {
                self.spine_on[i] = true;
            } else {
                self.bypass_on[previous + 1..i].fill(true);
            }
            previous = i;
            let taken = step.exits.iter().position(|e| {
                &e.on == answer && e.when.as_ref().is_none_or(|c| c.holds(&routed, flags))
            });
            if let Some(taken) = taken {
                // The slots of exit `taken`: its route, then its "also" routes.
                let first_slot: usize = step.exits[..taken].iter().map(|e| 1 + e.also.len()).sum();
                let exit = &step.exits[taken];
                let slots = &mut self.items[i].slots[first_slot..=first_slot + exit.also.len()];
                for slot in slots {
                    slot.on = if slot.also {
                        also(slot.route)
                    } else {
                        reached(slot.route)
                    };
                }
                break;
            }
        }
        let Some(primary) = highlight.primary else {
            return;
        };
        if primary.as_str() == URGENT_CARE {
            return;
        }
        for (item, addon) in self
            .items
            .iter_mut()
            .filter(|i| i.group == Group::AddOns)
            .zip(&pack.addons)
        {
            let asked = addon.when.as_ref().is_none_or(|c| c.holds(&routed, flags));
            let yes = routed.get(&addon.question).is_some_and(AnswerCode::is_yes);
            item.slots[0].on = asked && yes && also(&addon.route);
        }
    }
}

/// The region and gemeente flags the highlighted consult ran under: the first setting under
/// which the engine walks the same path to the same route (the region's own first).
fn flags_of(pack: &Pack, highlight: &Highlight) -> Flags {
    let region = Context::region(pack).flags;
    let answers: Answers = highlight
        .path
        .iter()
        .map(|s| (s.question.clone(), s.answer.clone()))
        .collect();
    let mut candidates = vec![region];
    for youth_wor in [false, true] {
        for krachtige_basiszorg in [false, true] {
            candidates.push(Flags {
                youth_wor,
                krachtige_basiszorg,
            });
        }
    }
    candidates
        .into_iter()
        .find(|flags| {
            let context = Context {
                gemeente: None,
                flags: *flags,
            };
            let walk = evaluate(pack, &context, &answers);
            walk.path == highlight.path && walk.primary.as_ref() == highlight.primary
        })
        .unwrap_or(region)
}

/// The label on a bypass: when the step is passed by.
fn bypass_label(when: &Condition) -> Vec<String> {
    let label = format!(
        "anders, als {}",
        Condition::Not(Box::new(when.clone())).describe()
    );
    wrap(&label, fit(GUTTER - 34, SMALL_PX, false))
}

// ---------------------------------------------------------------- geometry

/// A node's text: bold title lines and a small second line (the id).
struct NodeText {
    lines: Vec<String>,
    small: String,
}

impl NodeText {
    /// What the node shows, as one line: a link's accessible name must start with it (WCAG
    /// 2.5.3, label in name), so a voice user can say what they see.
    fn visible(&self) -> String {
        let mut words = self.lines.join(" ");
        words.push(' ');
        words.push_str(&self.small);
        words
    }

    fn height(&self) -> i32 {
        PAD * 2 + count(self.lines.len()) * NODE_LINE + ID_LINE
    }
}

struct Rect {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Rect {
    fn cy(&self) -> i32 {
        self.y + self.h / 2
    }
    fn bottom(&self) -> i32 {
        self.y + self.h
    }
}

struct ItemBox {
    node: Rect,
    text: NodeText,
    caption: Vec<String>,
    caption_y: i32,
    /// The y of each slot's edge.
    slot_y: Vec<i32>,
    slot_labels: Vec<Vec<String>>,
}

struct GroupBox {
    rect: Rect,
    title: String,
    note: String,
}

struct Layout {
    width: i32,
    height: i32,
    question_x: i32,
    fan_x: i32,
    route_x: i32,
    items: Vec<ItemBox>,
    routes: IdMap<RouteId, (Rect, NodeText)>,
    /// The label on the arrow into each spine item (none for the first).
    spine_labels: Vec<Vec<String>>,
    groups: Vec<GroupBox>,
}

impl Layout {
    fn new(pack: &Pack, plan: &Plan) -> Self {
        let question_x = MARGIN + GUTTER;
        let fan_x = question_x + QUESTION_W + FAN;
        let lanes_w = count(plan.lanes.len()) * LANE_STEP;
        let route_x = fan_x + LABEL_W + lanes_w + LANE_GAP;
        let width = route_x + ROUTE_W + MARGIN;

        let question_chars = fit(QUESTION_W - 2 * PAD, NODE_PX, true);
        // Two characters kept free for the "✓ " a reached route gets.
        let route_chars = fit(ROUTE_W - 2 * PAD, NODE_PX, true) - 2;
        let label_chars = fit(LABEL_W - 16, SMALL_PX, false);
        let route_text = |route: &RouteId| NodeText {
            lines: wrap(
                pack.route(route)
                    .map_or(route.as_str(), |r| r.title.as_str()),
                route_chars,
            ),
            small: route.to_string(),
        };
        let question_text = |item: &Item| {
            let short = pack
                .question(item.question)
                .map_or(item.question.as_str(), |q| q.short.as_str());
            if item.reference {
                NodeText {
                    lines: wrap(&format!("↑ {short}"), question_chars),
                    small: "dezelfde vraag als hierboven".to_owned(),
                }
            } else {
                NodeText {
                    lines: wrap(short, question_chars),
                    small: item.question.to_string(),
                }
            }
        };

        let mut layout = Layout {
            width,
            height: 0,
            question_x,
            fan_x,
            route_x,
            items: Vec::new(),
            routes: IdMap::new(),
            spine_labels: Vec::new(),
            groups: Vec::new(),
        };
        let mut y = MARGIN + 64;
        let mut group: Option<(Group, i32)> = None;
        for (i, item) in plan.items.iter().enumerate() {
            if item.group != Group::Spine && group.map(|g| g.0) != Some(item.group) {
                layout.close_group(&mut group, y);
                y += 36;
                group = Some((item.group, y));
                y += 78;
            }
            if item.group == Group::Spine && i > 0 {
                let label = match item.when {
                    Some(when) => format!("anders, als {}", when.describe()),
                    None => "anders".to_owned(),
                };
                let lines = wrap(&label, fit(QUESTION_W / 2 - 18, SMALL_PX, false));
                // A step that may be passed by also has the bypass label in this gap.
                let bypass = item.when.map_or(0, |w| count(bypass_label(w).len()));
                y += SPINE_GAP.max(count(lines.len().max(1)) * SMALL_LINE + 22);
                y = y.max(layout.items[i - 1].node.bottom() + bypass * SMALL_LINE + 24);
                layout.spine_labels.push(lines);
            } else if item.group == Group::Spine {
                layout.spine_labels.push(Vec::new());
            } else if i > 0 && plan.items[i - 1].group == item.group {
                y += 30;
            }
            let caption = item
                .caption
                .as_deref()
                .map(|c| wrap(c, fit(QUESTION_W + FAN + LABEL_W, SMALL_PX, false)))
                .unwrap_or_default();
            let caption_y = y + SMALL_PX;
            y += count(caption.len()) * SMALL_LINE + if caption.is_empty() { 0 } else { 8 };

            let text = question_text(item);
            let node_h = text.height();
            let mut slot_h = Vec::new();
            let mut slot_labels = Vec::new();
            for (s, slot) in item.slots.iter().enumerate() {
                let label = wrap(&slot.label, label_chars);
                let label_h = count(label.len()) * SMALL_LINE + 6;
                let h = if plan.placed.get(slot.route) == Some(&(i, s)) {
                    let route = route_text(slot.route);
                    let h = route.height().max(2 * label_h + 4);
                    layout.routes.insert(
                        slot.route.clone(),
                        (
                            Rect {
                                x: 0,
                                y: 0,
                                w: 0,
                                h: 0,
                            },
                            route,
                        ),
                    );
                    h
                } else {
                    label_h + 14
                };
                slot_h.push(h);
                slot_labels.push(label);
            }
            let slots_h: i32 =
                slot_h.iter().sum::<i32>() + SLOT_GAP * (count(slot_h.len()) - 1).max(0);
            let row_h = node_h.max(slots_h);
            let node = Rect {
                x: question_x,
                y: y + (row_h - node_h) / 2,
                w: QUESTION_W,
                h: node_h,
            };
            let mut slot_y = Vec::new();
            let mut top = y + (row_h - slots_h) / 2;
            for (s, h) in slot_h.iter().enumerate() {
                let slot = &item.slots[s];
                let edge_y = if let Some((rect, text)) = layout
                    .routes
                    .get_mut(slot.route)
                    .filter(|_| plan.placed.get(slot.route) == Some(&(i, s)))
                {
                    let edge_y = top + h / 2;
                    let rh = text.height();
                    *rect = Rect {
                        x: route_x,
                        y: edge_y - rh / 2,
                        w: ROUTE_W,
                        h: rh,
                    };
                    edge_y
                } else {
                    top + h - 8
                };
                slot_y.push(edge_y);
                top += h + SLOT_GAP;
            }
            // A single exit beside the node runs straight out of it.
            let here = item
                .slots
                .first()
                .is_some_and(|slot| plan.placed.get(slot.route) == Some(&(i, 0)));
            if slot_y.len() == 1 && (row_h == node_h || here) {
                let delta = node.cy() - slot_y[0];
                slot_y[0] += delta;
                if let Some((rect, _)) = layout.routes.get_mut(item.slots[0].route) {
                    if here {
                        rect.y += delta;
                    }
                }
            }
            y += row_h;
            layout.items.push(ItemBox {
                node,
                text,
                caption,
                caption_y,
                slot_y,
                slot_labels,
            });
        }
        // Routes nothing leads to: in the last group, beside its questions if it has any.
        if !plan.loose_routes.is_empty() {
            let start = match plan.items.iter().position(|i| i.group == Group::Other) {
                Some(first) => layout.items[first].node.y,
                None => {
                    layout.close_group(&mut group, y);
                    y += 36;
                    group = Some((Group::Other, y));
                    y += 78;
                    y
                }
            };
            let mut top = start;
            for route in &plan.loose_routes {
                let text = route_text(route);
                let h = text.height();
                let rect = Rect {
                    x: route_x,
                    y: top,
                    w: ROUTE_W,
                    h,
                };
                layout.routes.insert((*route).clone(), (rect, text));
                top += h + 30;
            }
            y = y.max(top - 30);
        }
        layout.close_group(&mut group, y);
        layout.height = layout.groups.last().map_or(y, |g| g.rect.bottom()).max(y) + MARGIN;
        layout
    }

    fn close_group(&mut self, group: &mut Option<(Group, i32)>, y: i32) {
        let Some((kind, top)) = group.take() else {
            return;
        };
        let (title, note) = match kind {
            Group::AddOns => (
                "Ook overwegen (na de hoofdvragen)",
                "Gevraagd na elke route behalve acute zorg. Ja: de route komt erbij.",
            ),
            _ => (
                "Overige vragen en routes",
                "Niet in de flow: geen antwoord leidt hierheen (een route kan wel het alternatief zijn als er geen verwijzing mag).",
            ),
        };
        self.groups.push(GroupBox {
            rect: Rect {
                x: MARGIN,
                y: top,
                w: self.width - 2 * MARGIN,
                h: y + 24 - top,
            },
            title: title.to_owned(),
            note: note.to_owned(),
        });
    }
}

// ---------------------------------------------------------------- SVG

/// The tree's look: one file, embedded in the standalone SVG and appended to the app's style
/// sheet, because the app's content security policy allows no inline `<style>`.
const STYLE: &str = include_str!("../../static/tree.css");

struct Svg {
    out: String,
}

impl Svg {
    fn text(&mut self, x: i32, y: i32, class: &str, anchor: Option<&str>, text: &str) {
        let anchor = anchor.map_or(String::new(), |a| format!(" text-anchor=\"{a}\""));
        let _ = writeln!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" class=\"{class}\"{anchor}>{}</text>",
            esc(text)
        );
    }

    fn lines(
        &mut self,
        x: i32,
        y: i32,
        line: i32,
        class: &str,
        anchor: Option<&str>,
        lines: &[String],
    ) {
        for (n, text) in lines.iter().enumerate() {
            self.text(x, y + count(n) * line, class, anchor, text);
        }
    }

    fn rect(&mut self, rect: &Rect, radius: i32) {
        let _ = writeln!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{radius}\"/>",
            rect.x, rect.y, rect.w, rect.h
        );
    }

    /// The node's title lines and id, inside its rectangle.
    fn node_text(&mut self, rect: &Rect, text: &NodeText, prefix: &str) {
        let x = rect.x + PAD;
        let mut y = rect.y + PAD + NODE_PX;
        for (n, line) in text.lines.iter().enumerate() {
            let line = if n == 0 {
                format!("{prefix}{line}")
            } else {
                line.clone()
            };
            self.text(x, y, "titel", None, &line);
            y += NODE_LINE;
        }
        self.text(x, y - NODE_LINE + ID_LINE + 2, "id", None, &text.small);
    }

    fn edge(&mut self, class: &str, on: bool, from: &str, to: &str, d: &str) {
        let marker = if on {
            "beslisboom-pijl-pad"
        } else {
            "beslisboom-pijl"
        };
        let on_class = if on { " on-path" } else { "" };
        let _ = writeln!(
            self.out,
            "<g class=\"{class}{on_class}\" data-from=\"{}\" data-to=\"{}\"><path class=\"halo\" d=\"{d}\"/><path class=\"line\" d=\"{d}\" marker-end=\"url(#{marker})\"/></g>",
            esc(from),
            esc(to)
        );
    }
}

fn arrow(on: bool) -> i32 {
    if on { ARROW_ON } else { ARROW }
}

/// An edge's label: lines from the first baseline at `y`, left-aligned at `x` or ending there.
struct Label {
    x: i32,
    y: i32,
    on: bool,
    end: bool,
    lines: Vec<String>,
}

/// One drawn edge, kept until all are known so the lit ones go on top.
struct Edge {
    class: &'static str,
    on: bool,
    from: String,
    to: String,
    d: String,
}

fn render(
    pack: &Pack,
    highlight: &Highlight,
    plan: &Plan,
    layout: &Layout,
    styling: Styling,
) -> String {
    let (w, h) = (layout.width, layout.height);
    let region = &pack.region.name;
    let mut svg = Svg { out: String::new() };
    let _ = writeln!(
        svg.out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"beslisboom\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" aria-labelledby=\"beslisboom-titel beslisboom-desc\">"
    );
    let _ = writeln!(
        svg.out,
        "<title id=\"beslisboom-titel\">Beslisboom van regio {}</title>",
        esc(region)
    );
    let lit = if highlight.path.is_empty() {
        String::new()
    } else {
        " Het pad van dit consult is dik getekend; elke beantwoorde vraag heeft een vinkje met het antwoord.".to_owned()
    };
    let _ = writeln!(
        svg.out,
        "<desc id=\"beslisboom-desc\">Beslisboom van regio {}: {} vragen, {} routes. De vragen staan onder elkaar, in de volgorde waarin ze gesteld worden; rechts de routes waar de antwoorden heen leiden. Elke vraag linkt naar haar uitleg.{lit}</desc>",
        esc(region),
        pack.questions.len(),
        pack.routes.len()
    );
    if styling == Styling::Embedded {
        let _ = writeln!(svg.out, "<style>{STYLE}</style>");
    }
    let _ = writeln!(
        svg.out,
        "<defs><marker id=\"beslisboom-pijl\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"{ARROW}\" markerHeight=\"{ARROW}\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"pijl\" d=\"M0,0 L10,5 L0,10 z\"/></marker><marker id=\"beslisboom-pijl-pad\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"{ARROW_ON}\" markerHeight=\"{ARROW_ON}\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"pijl-pad\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"
    );
    let _ = writeln!(
        svg.out,
        "<rect class=\"achtergrond\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\"/>"
    );
    svg.text(
        MARGIN,
        MARGIN + 24,
        "kop",
        None,
        &format!("Beslisboom: {region}"),
    );
    svg.text(
        MARGIN,
        MARGIN + 50,
        "sub",
        None,
        &format!(
            "Pakket {}, {}. Vragen van boven naar beneden; rechts de routes. Een vraag aanklikken opent de uitleg.",
            pack.region.version, pack.region.date
        ),
    );

    for group in &layout.groups {
        let _ = writeln!(svg.out, "<g class=\"groep\">");
        svg.rect(&group.rect, 14);
        svg.text(
            group.rect.x + 16,
            group.rect.y + 30,
            "titel",
            None,
            &group.title,
        );
        svg.text(
            group.rect.x + 16,
            group.rect.y + 56,
            "sub",
            None,
            &group.note,
        );
        svg.out.push_str("</g>\n");
    }

    // Edges and their labels.
    let mut edges: Vec<Edge> = Vec::new();
    let mut labels: Vec<Label> = Vec::new();
    let cx = layout.question_x + QUESTION_W / 2;
    let spine: Vec<usize> = (0..plan.items.len())
        .filter(|&i| plan.items[i].group == Group::Spine)
        .collect();
    for &i in spine.iter().skip(1) {
        let on = plan.spine_on[i];
        let from = &layout.items[i - 1].node;
        let to = &layout.items[i].node;
        edges.push(Edge {
            class: "edge spine",
            on,
            from: plan.items[i - 1].question.to_string(),
            to: plan.items[i].question.to_string(),
            d: format!("M{cx},{} V{}", from.bottom(), to.y - arrow(on)),
        });
        let lines = layout.spine_labels[i].clone();
        let mid = (from.bottom() + to.y) / 2 - count(lines.len()) * SMALL_LINE / 2 + SMALL_PX - 2;
        labels.push(Label {
            x: cx + 10,
            y: mid,
            on,
            end: false,
            lines,
        });
        // A step that may be passed by: the bypass on the left.
        let bypassed = plan.items[i].when.zip(bypass_lane(plan, layout, i));
        if let Some((when, lane)) = bypassed {
            let on = plan.bypass_on[i];
            let next = &layout.items[i + 1].node;
            let leftmost_lane = bypass_lane(plan, layout, i - 1).map_or(lane, |l| l.min(lane));
            let x = layout.question_x + 30;
            edges.push(Edge {
                class: "edge bypass",
                on,
                from: plan.items[i - 1].question.to_string(),
                to: plan.items[i + 1].question.to_string(),
                d: format!(
                    "M{x},{} V{} H{lane} V{} H{x} V{}",
                    from.bottom(),
                    from.bottom() + 14,
                    next.y - 16,
                    next.y - arrow(on)
                ),
            });
            // Just under the node it leaves, clear of the answer badge beside the next one.
            let lines = bypass_label(when);
            labels.push(Label {
                x: leftmost_lane - 8,
                y: from.bottom() + 4 + SMALL_PX,
                on,
                end: true,
                lines,
            });
        }
    }
    for (i, item) in plan.items.iter().enumerate() {
        let node = &layout.items[i].node;
        for (s, slot) in item.slots.iter().enumerate() {
            let y = layout.items[i].slot_y[s];
            let Some((route, _)) = layout.routes.get(slot.route) else {
                continue;
            };
            let end = route.x - arrow(slot.on);
            let start = format!("M{},{} H{} V{y}", node.x + node.w, node.cy(), layout.fan_x);
            let d = if plan.placed.get(slot.route) == Some(&(i, s)) {
                format!("{start} H{end}")
            } else {
                let lane_index = plan
                    .lanes
                    .iter()
                    .position(|r| *r == slot.route)
                    .unwrap_or(0);
                let lane = layout.route_x - LANE_GAP + 8 - count(lane_index) * LANE_STEP;
                format!("{start} H{lane} V{} H{end}", route.cy())
            };
            edges.push(Edge {
                class: if slot.also { "edge also" } else { "edge exit" },
                on: slot.on,
                from: item.question.to_string(),
                to: slot.route.to_string(),
                d,
            });
            let lines = &layout.items[i].slot_labels[s];
            let top = y - 6 - count(lines.len() - 1) * SMALL_LINE;
            labels.push(Label {
                x: layout.fan_x + 8,
                y: top,
                on: slot.on,
                end: false,
                lines: lines.clone(),
            });
        }
    }
    // The edges on the path last, so they are drawn over the others.
    let off_path = edges.iter().filter(|e| !e.on);
    for edge in off_path.chain(edges.iter().filter(|e| e.on)) {
        svg.edge(edge.class, edge.on, &edge.from, &edge.to, &edge.d);
    }
    for label in &labels {
        let class = if label.on { "label on-path" } else { "label" };
        let anchor = label.end.then_some("end");
        svg.lines(label.x, label.y, SMALL_LINE, class, anchor, &label.lines);
    }

    // Question nodes, add-on references and captions.
    for (i, item) in plan.items.iter().enumerate() {
        let boxed = &layout.items[i];
        let id = esc(item.question.as_str());
        let link = esc(&question_link(item.question));
        let question = pack.question(item.question);
        let text = question.map_or(item.question.as_str(), |q| q.text.as_str());
        let step = plan.answered.get(item.question);
        // The answer given, and what "weet ik niet" counts as.
        let answer = step.map(|s| {
            let label =
                |code| question.map_or(item.question.as_str(), |q| pack.answer_label(q, code));
            let counts =
                (s.answer != s.routed_as).then(|| format!("(telt als {})", label(&s.routed_as)));
            (label(&s.answer), counts)
        });
        svg.lines(
            layout.question_x,
            boxed.caption_y,
            SMALL_LINE,
            "caption",
            None,
            &boxed.caption,
        );
        if item.reference {
            let on = item.slots.iter().any(|s| s.on);
            let _ = writeln!(
                svg.out,
                "<a href=\"{link}\" aria-label=\"{}\"><g class=\"ref{}\" data-ref=\"{id}\">",
                esc(&format!("{}: {text}", boxed.text.visible())),
                if on { " on-path" } else { "" }
            );
            let _ = writeln!(svg.out, "<title>{}</title>", esc(text));
            svg.rect(&boxed.node, 8);
            svg.node_text(&boxed.node, &boxed.text, "");
            svg.out.push_str("</g></a>\n");
            continue;
        }
        let on = step.is_some();
        let mut name = format!("{}: {text}", boxed.text.visible());
        if let Some((given, counts)) = &answer {
            let _ = write!(name, " (antwoord: {given}");
            if let Some(counts) = counts {
                let _ = write!(name, " {counts}");
            }
            name.push(')');
        }
        let _ = writeln!(
            svg.out,
            "<a href=\"{link}\" aria-label=\"{}\"><g class=\"node question{}\" id=\"vraag-{id}\" data-question=\"{id}\">",
            esc(&name),
            if on { " on-path" } else { "" }
        );
        let _ = writeln!(svg.out, "<title>{}</title>", esc(text));
        svg.rect(&boxed.node, 8);
        svg.node_text(&boxed.node, &boxed.text, "");
        svg.out.push_str("</g></a>\n");
        if let Some((given, counts)) = answer {
            // "✓ antwoord: Ja" on one line; a longer answer starts on the next.
            let (right, chars) = badge_room(plan, layout, i);
            let mut lines = wrap(&format!("✓ antwoord: {given}"), chars);
            if lines.len() > 1 {
                lines = std::iter::once("✓ antwoord:".to_owned())
                    .chain(wrap(given, chars))
                    .collect();
            }
            lines.extend(counts.iter().flat_map(|c| wrap(c, chars)));
            let y = boxed.node.cy() - count(lines.len()) * SMALL_LINE / 2 + SMALL_PX - 2;
            svg.lines(right, y, SMALL_LINE, "badge on-path", Some("end"), &lines);
        }
    }

    // Route nodes.
    for (route, (rect, text)) in &layout.routes {
        let on = plan.lit_routes.contains(route);
        let urgent = if route.as_str() == URGENT_CARE {
            " urgent"
        } else {
            ""
        };
        let _ = writeln!(
            svg.out,
            "<g class=\"node route{urgent}{}\" data-route=\"{}\">",
            if on { " on-path" } else { "" },
            esc(route.as_str())
        );
        if let Some(summary) = pack.route(route).map(|r| r.summary.as_str()) {
            let _ = writeln!(svg.out, "<title>{}</title>", esc(summary));
        }
        svg.rect(rect, 22);
        svg.node_text(rect, text, if on { "✓ " } else { "" });
        svg.out.push_str("</g>\n");
    }
    svg.out.push_str("</svg>\n");
    svg.out
}

/// The lane of the bypass that passes item `i` by, left of the questions: a step asked only
/// on a condition (only steps of the flow have one; acute risk, the first, never does), with a
/// next step to go to. Two bypasses in a row take alternate lanes, so their lines never run on
/// top of each other. A bypass label sits left of its own lane and of the lane of a bypass just
/// before it, which passes the same gap.
fn bypass_lane(plan: &Plan, layout: &Layout, i: usize) -> Option<i32> {
    let next_in_spine = plan
        .items
        .get(i + 1)
        .is_some_and(|item| item.group == Group::Spine);
    let passed_by = plan.items[i].when.is_some() && next_in_spine;
    passed_by.then(|| layout.question_x - 18 - if i % 2 == 0 { 0 } else { 12 })
}

/// Where an answer badge ends (right-aligned beside its question) and how many characters fit
/// on a line: left of a bypass that passes the question, so its line runs through no text.
fn badge_room(plan: &Plan, layout: &Layout, i: usize) -> (i32, usize) {
    let right = bypass_lane(plan, layout, i).map_or(layout.question_x - 12, |lane| lane - 8);
    (right, fit(right - MARGIN - 10, SMALL_PX, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fit_counts_characters_by_a_generous_glyph_width() {
        // 296 px of 18 px bold text at 0.60 em a character: 27 characters; regular 0.55 em: 29.
        assert_eq!(fit(296, 18, true), 27);
        assert_eq!(fit(296, 18, false), 29);
        // Never fewer than four, so a narrow box still shows whole short words.
        assert_eq!(fit(10, 18, true), 4);
    }

    #[test]
    fn wrap_keeps_lines_within_the_width() {
        assert_eq!(wrap("een twee drie", 8), ["een twee", "drie"]);
        // A line, or a word, of exactly the width stays whole.
        assert_eq!(wrap("een twee", 8), ["een twee"]);
        assert_eq!(wrap("weg vijfje", 6), ["weg", "vijfje"]);
        assert_eq!(wrap("een  twee", 9), ["een twee"]);
        // A word longer than the width is cut, each part ending in a hyphen.
        assert_eq!(wrap("a langgerekt b", 5), ["a", "lang-", "gere-", "kt b"]);
        assert_eq!(wrap("", 5), [""]);
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_and_keep_every_word(
            words in proptest::collection::vec("[a-zé]{1,14}", 0..12),
            max in 4usize..20,
        ) {
            let text = words.join(" ");
            let lines = wrap(&text, max);
            prop_assert!(!lines.is_empty());
            for line in &lines {
                prop_assert!(line.chars().count() <= max, "{line:?} longer than {max}");
            }
            // Put back together without the cut hyphens, the words are all there, in order.
            let mut joined = String::new();
            for line in &lines {
                match line.strip_suffix('-') {
                    Some(part) => joined.push_str(part),
                    None => {
                        joined.push_str(line);
                        joined.push(' ');
                    }
                }
            }
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(joined.split_whitespace().collect::<Vec<_>>(), words);
            // A line breaks only where the next word would not fit; a cut word continues, and a
            // word too long for any line starts on a line of its own.
            for pair in lines.windows(2) {
                let next = pair[1].split(' ').next().unwrap_or_default();
                let cut =
                    pair[0].ends_with('-') || (next.ends_with('-') && !pair[1].contains(' '));
                prop_assert!(
                    cut || pair[0].chars().count() + 1 + next.chars().count() > max,
                    "{:?} could have taken {next:?}",
                    pair[0]
                );
            }
        }
    }
}
