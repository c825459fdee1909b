//! JSON text written straight into a byte buffer, byte for byte as
//! `serde_json` writes it: the audit's images and the text its hashes cover.
//! An import of 100,000 employees escapes every image twice (once in the
//! image, once more inside the hashed entry); through `serde_json`'s writer
//! and formatter that was about a tenth of the writing thread's work.

/// What `serde_json` writes for each byte of a string: 0 for the byte
/// itself, `u` for `\u00XX`, else the letter after the backslash.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// `s` as a JSON string (quotes included), appended to `out`: what
/// `serde_json::to_writer(out, s)` appends.
pub fn string_into(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Byte by byte: an image escaped for its hash has a quote every few
    // bytes, and copying the runs between them cost more than this.
    for &b in bytes {
        match ESCAPE[b as usize] {
            0 => out.push(b),
            b'u' => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]),
            escape => out.extend_from_slice(&[b'\\', escape]),
        }
    }
    out.push(b'"');
}

/// `n` as JSON (decimal digits), appended to `out`.
pub fn integer_into(out: &mut Vec<u8>, n: i64) {
    use std::io::Write;
    let _ = write!(out, "{n}");
}

/// An optional string: the string, or `null`.
pub fn opt_string_into(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string_into(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ours(s: &str) -> String {
        let mut out = b"x".to_vec();
        string_into(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_character_serde_json_escapes_is_escaped_the_same() {
        let all: String = (0u32..0x80).filter_map(char::from_u32).collect();
        for s in [
            "",
            "AKTIF",
            "a \"b\" \\ c",
            &all,
            "\u{7f}\u{80}é 😀 \u{2028}",
            r#"{"nama":"Aminah \"Cut\"","id":7}"#,
        ] {
            assert_eq!(ours(s), format!("x{}", serde_json::to_string(s).unwrap()));
        }
    }

    proptest! {
        #[test]
        fn any_text_is_written_as_serde_json_writes_it(s in any::<String>()) {
            prop_assert_eq!(ours(&s), format!("x{}", serde_json::to_string(&s).unwrap()));
        }

        #[test]
        fn any_integer_is_written_as_serde_json_writes_it(n in any::<i64>()) {
            let mut out = Vec::new();
            integer_into(&mut out, n);
            prop_assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
    }
}
