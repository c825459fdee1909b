//! [`ThinStr`]: an owned, immutable text behind one 8-byte pointer (its
//! length is stored in front of the bytes), for texts held by the hundred
//! thousand: a `Box<str>` is 16 bytes (pointer and length) in every row of a
//! province's list; this is 8, in the same single allocation.

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::ptr::NonNull;

/// The length in front of the text: one byte below [`LONG`], else
/// [`LONG`] and four bytes (a name is rarely 255 bytes: most texts cost one
/// byte more than themselves, and so fall in the malloc size class they would
/// as a `Box<str>`).
const LONG: u8 = u8::MAX;
const LONG_HEAD: usize = 1 + std::mem::size_of::<u32>();

pub struct ThinStr(NonNull<u8>);

// SAFETY: a ThinStr owns its allocation alone and never changes it, like a
// `Box<str>`.
unsafe impl Send for ThinStr {}
// SAFETY: as above; `&ThinStr` only reads.
unsafe impl Sync for ThinStr {}

/// Bytes in front of a text of `len` bytes.
fn head(len: usize) -> usize {
    if len < LONG as usize { 1 } else { LONG_HEAD }
}

impl ThinStr {
    pub fn new(text: &str) -> ThinStr {
        // Texts of 4 GB and more are not names; they are cut at a char
        // boundary rather than wrap the length.
        let mut end = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let text = &text[..end];
        let layout = layout(text.len());
        // SAFETY: the layout is at least one byte, never zero-sized.
        let Some(ptr) = NonNull::new(unsafe { alloc(layout) }) else {
            handle_alloc_error(layout)
        };
        let at = head(text.len());
        // SAFETY: the allocation holds head + text.len() bytes; the sources
        // are other memory.
        unsafe {
            let p = ptr.as_ptr();
            if at == 1 {
                p.write(text.len() as u8);
            } else {
                p.write(LONG);
                let len = (text.len() as u32).to_le_bytes();
                p.add(1).copy_from_nonoverlapping(len.as_ptr(), len.len());
            }
            p.add(at)
                .copy_from_nonoverlapping(text.as_ptr(), text.len());
        }
        ThinStr(ptr)
    }

    fn len(&self) -> usize {
        let p = self.0.as_ptr();
        // SAFETY: the head written by `new` is there: one byte, or LONG and
        // four more.
        unsafe {
            match p.read() {
                LONG => {
                    let mut len = [0u8; 4];
                    p.add(1).copy_to_nonoverlapping(len.as_mut_ptr(), len.len());
                    u32::from_le_bytes(len) as usize
                }
                short => short as usize,
            }
        }
    }

    pub fn as_str(&self) -> &str {
        let len = self.len();
        // SAFETY: `len` bytes after the head were copied from a `&str` by
        // `new` and live as long as `self`.
        unsafe {
            let bytes = std::slice::from_raw_parts(self.0.as_ptr().add(head(len)), len);
            std::str::from_utf8_unchecked(bytes)
        }
    }
}

fn layout(len: usize) -> Layout {
    Layout::from_size_align(head(len) + len, 1)
        .unwrap_or_else(|_| handle_alloc_error(Layout::new::<u8>()))
}

impl Drop for ThinStr {
    fn drop(&mut self) {
        // SAFETY: allocated by `new` with this very layout.
        unsafe { dealloc(self.0.as_ptr(), layout(self.len())) }
    }
}

impl Clone for ThinStr {
    fn clone(&self) -> ThinStr {
        ThinStr::new(self.as_str())
    }
}

impl PartialEq for ThinStr {
    fn eq(&self, other: &ThinStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ThinStr {}

impl std::fmt::Debug for ThinStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_comes_back_as_given_and_clones_compare_by_text() {
        let long = "panjang ".repeat(40);
        for t in [
            "",
            "a",
            "199001012015031001\u{1f}Cut Nyak Dhien, S.Pd.",
            "Ç ü 漢字 🙂",
            &"x".repeat(254),
            &"y".repeat(255),
            &long,
        ] {
            let s = ThinStr::new(t);
            assert_eq!(s.as_str(), t);
            let c = s.clone();
            drop(s);
            assert_eq!(c.as_str(), t);
            assert_eq!(c, ThinStr::new(t));
        }
        assert_ne!(ThinStr::new("a"), ThinStr::new("b"));
        assert_eq!(format!("{:?}", ThinStr::new("x\"y")), "\"x\\\"y\"");
    }

    #[test]
    fn it_is_one_pointer_and_an_option_of_it_too() {
        assert_eq!(std::mem::size_of::<ThinStr>(), 8);
        assert_eq!(std::mem::size_of::<Option<ThinStr>>(), 8);
    }

    #[test]
    fn many_made_and_dropped_across_threads() {
        let texts: Vec<ThinStr> = (0..10_000)
            .map(|i| ThinStr::new(&format!("nama {i}")))
            .collect();
        let back = std::thread::spawn(move || texts).join().unwrap();
        assert_eq!(back[9_999].as_str(), "nama 9999");
    }
}
