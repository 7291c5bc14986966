//! Conditions as a pack writes them: one form per table, never empty, and read back in words
//! for the tree's edge labels.

use verwijswijzer::engine::Condition;

#[derive(serde::Deserialize)]
struct Edge {
    when: Condition,
}

fn parse(toml_text: &str) -> Result<Condition, String> {
    toml::from_str::<Edge>(toml_text)
        .map(|edge| edge.when)
        .map_err(|e| e.to_string())
}

fn describe(toml_text: &str) -> String {
    parse(toml_text)
        .unwrap_or_else(|e| panic!("{toml_text}: {e}"))
        .describe()
}

#[test]
fn a_condition_reads_as_written_with_nested_groups_in_brackets() {
    assert_eq!(
        describe(r#"when = { question = "age_group", is = ["adult", "senior"] }"#),
        "age_group = adult/senior"
    );
    assert_eq!(
        describe(
            r#"when = { all = [
                { question = "age_group", is = ["youth"] },
                { any = [{ flag = "youth_wor" }, { not = { flag = "krachtige_basiszorg" } }] },
            ] }"#
        ),
        "age_group = youth en (jeugd mag naar WOR of niet (regio heeft KBZ))"
    );
}

/// An empty list would hold always (`all`) or never (`any`, `is`): a pack that writes one
/// almost certainly forgot something, so it is refused with the rule.
#[test]
fn an_empty_answer_list_or_group_is_refused() {
    for empty in [
        r#"when = { question = "age_group", is = [] }"#,
        r#"when = { all = [] }"#,
        r#"when = { any = [] }"#,
        r#"when = { flag = "youth_wor", not = { flag = "youth_wor" } }"#,
    ] {
        let error = parse(empty).expect_err(empty);
        assert!(
            error.contains("een voorwaarde heeft precies één vorm"),
            "{empty}: {error}"
        );
    }
    for fine in [
        r#"when = { question = "age_group", is = ["adult"] }"#,
        r#"when = { all = [{ flag = "youth_wor" }] }"#,
        r#"when = { any = [{ flag = "youth_wor" }] }"#,
    ] {
        assert!(parse(fine).is_ok(), "{fine}");
    }
}
