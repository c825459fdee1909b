//! The layers of README's developer section, checked on the source: `domain`
//! knows no SQL and no interface, `db`, `cli` and `i18n` know no TUI type.
//! (`i18n` is asked by every layer; if it named a TUI type, the command-line
//! tools would depend on the screen code.)

use std::path::Path;

/// Every `.rs` file under `src/<dir>`, with its text.
fn sources(dir: &str) -> Vec<(String, String)> {
    fn walk(p: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(p).expect("read a source folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read a source file");
                out.push((path.display().to_string(), text));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut out = vec![];
    walk(&root, &mut out);
    assert!(!out.is_empty(), "src/{dir} has sources");
    out
}

/// Lines of `src/<dir>` that name any of `forbidden` (comments aside).
fn offenders(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = vec![];
    for (path, text) in sources(dir) {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if forbidden.iter().any(|f| code.contains(f)) {
                found.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

const TUI: &[&str] = &["crate::tui", "ratatui", "crossterm"];

#[test]
fn i18n_depends_on_no_tui_type() {
    assert_eq!(offenders("i18n", TUI), Vec::<String>::new());
}

#[test]
fn db_and_cli_depend_on_no_tui_type() {
    assert_eq!(offenders("db", TUI), Vec::<String>::new());
    assert_eq!(offenders("cli", TUI), Vec::<String>::new());
}

#[test]
fn domain_knows_no_sql_and_no_interface() {
    let mut forbidden = TUI.to_vec();
    forbidden.extend(["crate::db", "rusqlite", "crate::cli"]);
    assert_eq!(offenders("domain", &forbidden), Vec::<String>::new());
}
