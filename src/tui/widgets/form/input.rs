//! One line (or a few lines) of editable text with a cursor. The cursor is a
//! byte index that always sits on a char boundary, so no edit can split a
//! multi-byte character.

/// Editable text and the cursor position in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte index into `text`, always on a char boundary.
    cursor: usize,
}

impl TextInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte index of the cursor (a char boundary of `text`).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Number of characters.
    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }

    /// Replaces the text; the cursor goes to the end.
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    pub fn insert(&mut self, c: char) {
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Deletes the character before the cursor; false when there is none.
    pub fn backspace(&mut self) -> bool {
        match self.text[..self.cursor].chars().next_back() {
            Some(c) => {
                self.cursor -= c.len_utf8();
                self.text.remove(self.cursor);
                true
            }
            None => false,
        }
    }

    /// Deletes the character under the cursor; false when there is none.
    pub fn delete(&mut self) -> bool {
        if self.cursor < self.text.len() {
            self.text.remove(self.cursor);
            true
        } else {
            false
        }
    }

    pub fn left(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    /// To the end of the whole text.
    pub fn end_of_text(&mut self) {
        self.cursor = self.text.len();
    }

    /// To the start of the whole text.
    pub fn start_of_text(&mut self) {
        self.cursor = 0;
    }

    /// To the start of the current line.
    pub fn home(&mut self) {
        self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
    }

    /// To the end of the current line.
    pub fn end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_multi_byte_text_on_char_boundaries() {
        let mut t = TextInput::default();
        for c in "Aé€𝄞".chars() {
            t.insert(c);
        }
        t.left();
        t.left();
        assert_eq!(&t.text()[t.cursor()..], "€𝄞");
        assert!(t.backspace());
        assert_eq!(t.text(), "A€𝄞");
        assert!(t.delete());
        assert_eq!(t.text(), "A𝄞");
        t.home();
        assert!(!t.backspace());
        t.end();
        assert!(!t.delete());
        assert_eq!(t.cursor(), t.text().len());
    }

    #[test]
    fn home_and_end_stay_on_the_current_line() {
        let mut t = TextInput::default();
        t.set("ab\ncde\nf");
        t.left();
        t.left();
        t.left();
        t.home();
        assert_eq!(&t.text()[t.cursor()..], "cde\nf");
        t.end();
        assert_eq!(&t.text()[t.cursor()..], "\nf");
    }
}
