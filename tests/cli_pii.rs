//! The `pii` command, run as `scripts/pii-oracle.py` runs it: lines on stdin, one JSON object
//! per line on stdout with the kinds the app's own detectors (`privacy::kinds`) find.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use verwijswijzer::privacy::{self, PiiKind};

fn pii(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
        .arg("pii")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the verwijswijzer binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("the input is written");
    child.wait_with_output().expect("the binary ends")
}

fn stdout_lines(output: &Output) -> Vec<String> {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn one_json_line_per_input_line_with_the_kind_names() {
    let input = "bsn 111222333\n\
        geboren 12-03-1985\n\
        bel 06-12345678\n\
        mail jan@voorbeeld.nl\n\
        woont 2611 AB 12\n\
        Wil graag 3 keer per week sporten, sinds 2019.\n\
        \n\
        bsn 123456782, bel 0201234567, geboren 3 maart 1950\n";
    let lines = stdout_lines(&pii(&[], input.as_bytes()));
    assert_eq!(
        lines,
        [
            r#"{"kinds": ["bsn"]}"#,
            r#"{"kinds": ["geboortedatum"]}"#,
            r#"{"kinds": ["telefoonnummer"]}"#,
            r#"{"kinds": ["email"]}"#,
            r#"{"kinds": ["postcode_huisnummer"]}"#,
            r#"{"kinds": []}"#,
            r#"{"kinds": []}"#,
            r#"{"kinds": ["bsn", "geboortedatum", "telefoonnummer"]}"#,
        ]
    );
}

#[test]
fn the_command_says_what_the_library_says() {
    let texts = [
        "06 - 1234 5678 of +31 (0)20 123 4567",
        "0671234567 is geen mobiel nummer",
        "Kerkstraat 12, 2611 ab Delft",
        "paracetamol 1000 mg 2 dd, 29-02-1985",
        "geb. 12 mrt '85, rené@voorbeeld.com",
    ];
    let lines = stdout_lines(&pii(&[], texts.join("\n").as_bytes()));
    assert_eq!(lines.len(), texts.len());
    for (text, line) in texts.iter().zip(&lines) {
        let codes: Vec<String> = privacy::kinds(text)
            .into_iter()
            .map(|kind| format!("\"{}\"", kind.code()))
            .collect();
        assert_eq!(
            *line,
            format!("{{\"kinds\": [{}]}}", codes.join(", ")),
            "{text}"
        );
    }
}

#[test]
fn crlf_a_missing_final_newline_and_bytes_that_are_not_utf8_are_read() {
    let mut input = b"bsn 111222333\r\nbel 0612345678 \xff\xfe\r\n".to_vec();
    input.extend_from_slice(b"woont 2611 AB 12");
    let lines = stdout_lines(&pii(&[], &input));
    assert_eq!(
        lines,
        [
            r#"{"kinds": ["bsn"]}"#,
            r#"{"kinds": ["telefoonnummer"]}"#,
            r#"{"kinds": ["postcode_huisnummer"]}"#,
        ]
    );
}

#[test]
fn no_input_prints_nothing_and_exits_0() {
    assert_eq!(stdout_lines(&pii(&[], b"")), Vec::<String>::new());
}

#[test]
fn every_kind_can_be_printed() {
    let texts = [
        (PiiKind::Bsn, "111222333"),
        (PiiKind::Geboortedatum, "12-03-1985"),
        (PiiKind::Telefoonnummer, "0612345678"),
        (PiiKind::Email, "jan@voorbeeld.nl"),
        (PiiKind::PostcodeHuisnummer, "2611 AB 12"),
    ];
    let input: Vec<&str> = texts.iter().map(|(_, text)| *text).collect();
    let lines = stdout_lines(&pii(&[], input.join("\n").as_bytes()));
    for ((kind, _), line) in texts.iter().zip(&lines) {
        assert_eq!(*line, format!("{{\"kinds\": [\"{}\"]}}", kind.code()));
    }
    assert_eq!(lines.len(), PiiKind::ALL.len());
}

#[test]
fn options_are_refused_with_exit_2() {
    let output = pii(&["--region", "dwo"], b"");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pii leest regels van stdin"), "{stderr}");
}
