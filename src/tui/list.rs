//! A list of rows with a type-to-filter view and a cursor: the state behind
//! every table. Only indices are kept per filter; rows are never copied.

use crate::domain::sym::Sym;

/// Cursor and scroll position of a table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableNav {
    /// Index into the visible (filtered) rows.
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

impl TableNav {
    /// Moves the cursor by `delta` rows within `len`, keeping it inside a window
    /// of `height` rows.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        if len == 0 {
            *self = TableNav::default();
            return;
        }
        let target = self.selected as isize + delta;
        self.selected = target.clamp(0, len as isize - 1) as usize;
        self.scroll_into_view(len, height);
    }

    /// Puts the cursor on `index` (clamped).
    pub fn select(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.scroll_into_view(len, height);
    }

    /// Adjusts `offset` so the cursor is visible and no empty space is left
    /// below the last row.
    pub fn scroll_into_view(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        if len == 0 {
            *self = TableNav::default();
            return;
        }
        self.selected = self.selected.min(len - 1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        let max_offset = len.saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }
}

/// What the filter searches in one row read in place (a long list, see
/// [`FilteredList::set_rows_in_place`]): the row's own text as shown (e.g.
/// NIP and name) and up to three texts shared with other rows (unit,
/// position, golongan), which are folded and searched once per keystroke.
pub struct Words<'a> {
    pub own: &'a str,
    pub shared: [Option<Sym>; 3],
}

/// Above this many rows a list is province-sized: refreshed by the rows on
/// screen after another session's save, let go when its tab is left.
pub const LONG_LIST: usize = 10_000;

/// A row whose searchable text the list reads from the row itself.
pub trait RowWords {
    fn words(&self) -> Words<'_>;
}

/// Rows plus the filter that narrows them.
#[derive(Debug, Clone)]
pub struct FilteredList<R> {
    rows: Vec<R>,
    /// Lower-case text each row is matched against, all rows in one string
    /// (row `i` is `haystacks[ends[i - 1]..ends[i]]`): one allocation for a
    /// list of 100,000 rows instead of one per row. Empty when the rows are
    /// searched in place (`in_place`).
    haystacks: String,
    ends: Vec<u32>,
    /// Set by `set_rows_in_place`: the filter reads each row's [`Words`]
    /// and no copy of the text is held.
    in_place: Option<for<'a> fn(&'a R) -> Words<'a>>,
    /// Indices of rows that match the filter, in row order; `None` while
    /// there is no filter: every row (no index list held for 100,000 rows).
    visible: Option<Vec<u32>>,
    filter: String,
    /// The rows shown at most, whatever is typed: tab 1's employees of one
    /// unit and its sub-units, tab 3's interns of one host unit. The filter
    /// narrows within it.
    scope: Option<Scope<R>>,
    pub nav: TableNav,
    /// False until the first load arrives.
    pub loaded: bool,
}

/// The rows a list keeps to: those whose key (`key_of`) is one of `keys`.
#[derive(Debug, Clone)]
pub struct Scope<R> {
    /// Sorted.
    keys: Vec<i64>,
    key_of: fn(&R) -> i64,
}

impl<R> Scope<R> {
    pub fn new(mut keys: Vec<i64>, key_of: fn(&R) -> i64) -> Scope<R> {
        keys.sort_unstable();
        keys.dedup();
        Scope { keys, key_of }
    }

    fn holds(&self, row: &R) -> bool {
        self.keys.binary_search(&(self.key_of)(row)).is_ok()
    }
}

impl<R> Default for FilteredList<R> {
    fn default() -> Self {
        FilteredList {
            rows: Vec::new(),
            haystacks: String::new(),
            ends: Vec::new(),
            in_place: None,
            visible: None,
            filter: String::new(),
            scope: None,
            nav: TableNav::default(),
            loaded: false,
        }
    }
}

impl<R: RowWords> FilteredList<R> {
    /// Like [`FilteredList::set_rows`] for a long list: the filter reads each
    /// row's [`RowWords::words`] where it is instead of a folded copy
    /// (100,000 employees: about 10 MB less).
    pub fn set_rows_in_place<K: PartialEq>(
        &mut self,
        rows: Vec<R>,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        self.in_place = Some(R::words);
        self.load(rows, None, key, height);
    }

    /// Like [`FilteredList::patch`], for a list searched in place.
    pub fn patch_in_place<K: PartialEq>(
        &mut self,
        fresh: Vec<R>,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        self.in_place = Some(R::words);
        self.replace(fresh, None, key, height);
    }
}

impl<R> FilteredList<R> {
    /// Replaces the rows, keeping the filter; the cursor stays on the row with
    /// the same key when it is still there.
    pub fn set_rows<K: PartialEq>(
        &mut self,
        rows: Vec<R>,
        haystack: impl Fn(&R) -> String,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        self.in_place = None;
        self.load(rows, Some(&haystack), key, height);
    }

    fn load<K: PartialEq>(
        &mut self,
        rows: Vec<R>,
        haystack: Option<&dyn Fn(&R) -> String>,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        let previous = self.selected().map(&key);
        // The old list goes first: at its largest only one is held.
        self.rows = Vec::new();
        self.visible = None;
        self.haystacks = String::new();
        self.ends = Vec::new();
        if let Some(haystack) = haystack {
            self.ends.reserve_exact(rows.len());
            let mut text = String::new();
            for r in &rows {
                text.push_str(&crate::domain::search::fold(&haystack(r)));
                self.ends
                    .push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            }
            text.shrink_to_fit();
            self.haystacks = text;
        }
        self.rows = rows;
        self.loaded = true;
        self.refilter();
        if let Some(prev) = previous
            && let Some(pos) = (0..self.len()).position(|p| {
                self.row_index(p)
                    .is_some_and(|i| key(&self.rows[i]) == prev)
            })
        {
            self.nav.selected = pos;
        }
        self.nav.scroll_into_view(self.len(), height);
    }

    fn refilter(&mut self) {
        self.refilter_among(None);
    }

    /// Filters the rows `among` (places in `rows`, in order), else all.
    fn refilter_among(&mut self, among: Option<Vec<u32>>) {
        use crate::domain::search::{contains_folded, matches, query_words};
        let words = query_words(&self.filter);
        if words.is_empty() && self.scope.is_none() {
            self.visible = None;
            return;
        }
        let candidates: Box<dyn Iterator<Item = usize>> = match &among {
            Some(rows) => {
                let n = self.rows.len();
                Box::new(rows.iter().map(|&i| i as usize).filter(move |&i| i < n))
            }
            None => Box::new(0..self.rows.len()),
        };
        let (rows, scope) = (&self.rows, self.scope.as_ref());
        let candidates = candidates.filter(|&i| scope.is_none_or(|s| s.holds(&rows[i])));
        let mut visible = Vec::new();
        if let Some(words_of) = self.in_place {
            let masks = Sym::masks(&words);
            let all = (1u64 << words.len()) - 1;
            for i in candidates {
                let w = words_of(&self.rows[i]);
                let found = w
                    .shared
                    .iter()
                    .flatten()
                    .fold(0u64, |m, s| m | masks.get(s.index()).copied().unwrap_or(0));
                let hit = found == all
                    || words
                        .iter()
                        .enumerate()
                        .all(|(b, word)| found & 1 << b != 0 || contains_folded(w.own, word));
                if hit {
                    visible.push(i as u32);
                }
            }
        } else {
            let text = self.haystacks.as_str();
            for i in candidates {
                let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
                let end = self.ends[i] as usize;
                if text.get(start..end).is_some_and(|h| matches(h, &words)) {
                    visible.push(i as u32);
                }
            }
        }
        visible.shrink_to_fit();
        self.visible = Some(visible);
    }

    /// The filter text as typed.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Sets the filter (every word must occur, case-insensitive) and puts the
    /// cursor on the first match.
    pub fn set_filter(&mut self, filter: &str, height: usize) {
        if filter == self.filter {
            return;
        }
        // A filter that can only narrow the one before (each word before
        // is part of a word now: a letter typed at the end of a word, a
        // word added) looks only at the rows it showed: the third letter of
        // a name among 100,000 employees reads the few thousand the second
        // left, not every row again.
        // Within a scope, the rows shown before are those of the scope.
        let among = self
            .visible
            .take_if(|_| narrows(&self.filter, filter) || self.filter.trim().is_empty())
            .filter(|_| self.loaded);
        self.filter = filter.to_string();
        self.refilter_among(among);
        self.nav = TableNav::default();
        self.nav.scroll_into_view(self.len(), height);
    }

    /// Keeps the rows to `scope` (`None`: every row) and puts the cursor on
    /// the first one shown; the filter stays and narrows within it.
    pub fn set_scope(&mut self, scope: Option<Scope<R>>, height: usize) {
        self.scope = scope;
        self.refilter();
        self.nav = TableNav::default();
        self.nav.scroll_into_view(self.len(), height);
    }

    /// Like [`FilteredList::set_scope`], the cursor staying on its row when
    /// it is still shown (the scope read again, or let go).
    pub fn update_scope(&mut self, scope: Option<Scope<R>>, height: usize) {
        let selected = self.row_index(self.nav.selected);
        self.scope = scope;
        self.refilter();
        self.nav.selected = selected
            .and_then(|s| self.shown_at(s))
            .unwrap_or_else(|| self.nav.selected.min(self.len().saturating_sub(1)));
        self.nav.scroll_into_view(self.len(), height);
    }

    /// Whether the rows are kept to a scope.
    pub fn has_scope(&self) -> bool {
        self.scope.is_some()
    }

    /// Number of rows shown (after the filter).
    pub fn len(&self) -> usize {
        self.visible.as_ref().map_or(self.rows.len(), Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The place in `rows` of the `i`-th row shown.
    fn row_index(&self, i: usize) -> Option<usize> {
        match &self.visible {
            None => (i < self.rows.len()).then_some(i),
            Some(v) => v.get(i).map(|&r| r as usize),
        }
    }

    /// Where row `row` (its place in `rows`) is shown, if it is.
    fn shown_at(&self, row: usize) -> Option<usize> {
        match &self.visible {
            None => (row < self.rows.len()).then_some(row),
            Some(v) => v.iter().position(|&r| r as usize == row),
        }
    }

    /// Number of rows loaded (before the filter).
    pub fn total(&self) -> usize {
        self.rows.len()
    }

    /// The `i`-th visible row.
    pub fn get(&self, i: usize) -> Option<&R> {
        self.row_index(i).map(|idx| &self.rows[idx])
    }

    /// The row under the cursor.
    pub fn selected(&self) -> Option<&R> {
        self.get(self.nav.selected)
    }

    /// Moves the cursor by `delta` rows in a window of `height` rows.
    pub fn move_cursor(&mut self, delta: isize, height: usize) {
        let len = self.len();
        self.nav.move_by(delta, len, height);
    }

    /// Keeps the cursor visible in a window of `height` rows (after a resize).
    pub fn fit(&mut self, height: usize) {
        let len = self.len();
        self.nav.scroll_into_view(len, height);
    }

    /// Puts the cursor on the first shown row `pick` accepts (e.g. the record
    /// just saved); returns whether there was one.
    pub fn select_where(&mut self, pick: impl Fn(&R) -> bool, height: usize) -> bool {
        let Some(pos) = (0..self.len()).find(|&i| self.get(i).is_some_and(&pick)) else {
            return false;
        };
        let len = self.len();
        self.nav.select(pos, len, height);
        true
    }

    /// Lets the rows go (a long list of a tab that was left, about 100 B a
    /// row): `loaded` turns false so the tab reads them again when shown; the
    /// filter and the cursor's place stay, so the same rows come back as
    /// they were.
    pub fn release(&mut self) {
        self.rows = Vec::new();
        self.visible = None;
        self.haystacks = String::new();
        self.ends = Vec::new();
        self.loaded = false;
    }

    /// Whether this is a province-sized list (more than [`LONG_LIST`] rows).
    pub fn is_long(&self) -> bool {
        self.rows.len() > LONG_LIST
    }

    /// The rows loaded just before and just after the first row that `is`
    /// (whatever the filter shows); `None` when no row is.
    pub fn neighbours(&self, is: impl Fn(&R) -> bool) -> Option<(Option<&R>, Option<&R>)> {
        let i = self.rows.iter().position(is)?;
        let before = i.checked_sub(1).map(|b| &self.rows[b]);
        Some((before, self.rows.get(i + 1)))
    }

    /// (cursor, rows shown, rows loaded) for the status line.
    pub fn position(&self) -> (usize, usize, usize) {
        (self.nav.selected, self.len(), self.total())
    }

    /// Every loaded row (unfiltered).
    pub fn all(&self) -> &[R] {
        &self.rows
    }

    /// The rows in a window of `height` rows from the first one shown.
    pub fn on_screen(&self, height: usize) -> impl Iterator<Item = &R> {
        let end = (self.nav.offset + height).min(self.len());
        (self.nav.offset.min(end)..end).filter_map(move |p| self.get(p))
    }

    /// Replaces the rows with the key of one of `fresh` by it, in place (the
    /// order and the rest of the list stay); the filter is applied again.
    /// For a few rows of a long list: each one's filter text is spliced into
    /// the shared string instead of building it all again.
    pub fn patch<K: PartialEq>(
        &mut self,
        fresh: Vec<R>,
        haystack: impl Fn(&R) -> String,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        self.in_place = None;
        self.replace(fresh, Some(&haystack), key, height);
    }

    fn replace<K: PartialEq>(
        &mut self,
        fresh: Vec<R>,
        haystack: Option<&dyn Fn(&R) -> String>,
        key: impl Fn(&R) -> K,
        height: usize,
    ) {
        for row in fresh {
            let k = key(&row);
            let Some(i) = self.rows.iter().position(|r| key(r) == k) else {
                continue;
            };
            if let Some(haystack) = haystack {
                let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
                let end = self.ends[i] as usize;
                let text = crate::domain::search::fold(&haystack(&row));
                let delta = text.len() as i64 - (end - start) as i64;
                self.haystacks.replace_range(start..end, &text);
                for e in &mut self.ends[i..] {
                    *e = (*e as i64 + delta) as u32;
                }
            }
            self.rows[i] = row;
        }
        let selected = self.row_index(self.nav.selected);
        self.refilter();
        if let Some(pos) = selected.and_then(|s| self.shown_at(s)) {
            self.nav.selected = pos;
        }
        self.nav.scroll_into_view(self.len(), height);
    }
}

/// Whether every row that `new` matches is matched by `before`: each word
/// of `before` is within a word of `new` (a row holding the longer word
/// holds the shorter).
fn narrows(before: &str, new: &str) -> bool {
    use crate::domain::search::query_words;
    let (before, new) = (query_words(before), query_words(new));
    !before.is_empty()
        && before
            .iter()
            .all(|b| new.iter().any(|n| n.contains(b.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_released_list_comes_back_with_its_filter_and_cursor() {
        let mut l: FilteredList<(u32, String)> = FilteredList::default();
        let rows: Vec<(u32, String)> = (0..50).map(|i| (i, format!("nama {}", i % 5))).collect();
        l.set_rows(rows.clone(), |r| r.1.clone(), |r| r.0, 10);
        l.set_filter("nama 3", 10);
        l.move_cursor(4, 10);
        assert_eq!(l.selected().map(|r| r.0), Some(23));
        assert!(!l.is_long());
        l.release();
        assert_eq!((l.total(), l.len(), l.loaded), (0, 0, false));
        assert_eq!(l.filter(), "nama 3");
        l.set_rows(rows, |r| r.1.clone(), |r| r.0, 10);
        assert_eq!(l.len(), 10);
        assert_eq!(l.selected().map(|r| r.0), Some(23));
    }

    /// Rows `(key, unit, text)`: the scope keeps to units, the filter
    /// narrows within it, and both survive a reload.
    #[test]
    fn a_scope_keeps_its_rows_under_the_filter_and_through_a_reload() {
        type Row = (u32, i64, String);
        let unit_of: fn(&Row) -> i64 = |r| r.1;
        let rows: Vec<Row> = (0..40)
            .map(|i| (i, i64::from(i % 4), format!("nama {}", i % 5)))
            .collect();
        let mut l: FilteredList<Row> = FilteredList::default();
        l.set_rows(rows.clone(), |r| r.2.clone(), |r| r.0, 10);
        l.move_cursor(7, 10);
        l.set_scope(Some(Scope::new(vec![3, 1], unit_of)), 10);
        assert!(l.has_scope());
        assert_eq!(l.len(), 20, "units 1 and 3: half of 40");
        assert_eq!(l.nav.selected, 0, "the cursor goes to the first row kept");
        assert!((0..l.len()).all(|i| matches!(l.get(i), Some(r) if r.1 == 1 || r.1 == 3)));
        // Typed within the scope: both must hold.
        l.set_filter("nama 2", 10);
        let shown: Vec<u32> = (0..l.len()).map(|i| l.get(i).unwrap().0).collect();
        assert_eq!(shown, vec![7, 17, 27, 37]);
        // Clearing the text leaves the scope.
        l.set_filter("", 10);
        assert_eq!(l.len(), 20);
        l.set_filter("nama 2", 10);
        // A reload keeps both; a row moved out of the units leaves.
        let mut moved = rows.clone();
        moved[7].1 = 0;
        l.set_rows(moved, |r| r.2.clone(), |r| r.0, 10);
        let shown: Vec<u32> = (0..l.len()).map(|i| l.get(i).unwrap().0).collect();
        assert_eq!(shown, vec![17, 27, 37]);
        l.set_scope(None, 10);
        assert!(!l.has_scope());
        assert_eq!(l.len(), 8, "every \"nama 2\" row again");
        l.set_filter("", 10);
        assert_eq!(l.len(), 40);
    }

    #[test]
    fn a_patched_row_is_found_by_its_new_text_and_not_its_old() {
        let mut l: FilteredList<(u32, String)> = FilteredList::default();
        let rows: Vec<(u32, String)> = (0..5).map(|i| (i, format!("nama {i}"))).collect();
        l.set_rows(rows, |r| r.1.clone(), |r| r.0, 10);
        l.set_filter("zulfikar", 10);
        assert_eq!(l.len(), 0);
        l.patch(
            vec![(2, "Zulfikar Baru".into()), (9, "absent".into())],
            |r| r.1.clone(),
            |r| r.0,
            10,
        );
        assert_eq!(l.len(), 1);
        assert_eq!(l.get(0).unwrap().1, "Zulfikar Baru");
        // The rows around it keep their own text.
        l.set_filter("nama 3", 10);
        assert_eq!(l.get(0).unwrap().0, 3);
        l.set_filter("nama 2", 10);
        assert_eq!(l.len(), 0, "the old text is gone");
        l.set_filter("", 10);
        assert_eq!(l.total(), 5);
        assert_eq!(l.on_screen(2).map(|r| r.0).collect::<Vec<_>>(), vec![0, 1]);
    }

    fn row_text(i: u32) -> String {
        format!("Pegawai {i} unit-{}", ["a", "b", "c"][i as usize % 3])
    }

    fn list(n: usize) -> FilteredList<(u32, String)> {
        let mut l = FilteredList::default();
        let rows = (0..n as u32).map(|i| (i, row_text(i))).collect();
        l.set_rows(rows, |r| r.1.clone(), |r| r.0, 10);
        l
    }

    /// A row searched in place: own text and two shared texts.
    struct Person {
        id: u32,
        own: String,
        unit: Sym,
        post: Sym,
    }

    impl RowWords for Person {
        fn words(&self) -> Words<'_> {
            Words {
                own: &self.own,
                shared: [Some(self.unit), Some(self.post), None],
            }
        }
    }

    /// `n` people in three units and three posts, four names among them.
    fn people(n: u32) -> Vec<Person> {
        let units = ["Dinas Kesehatan", "UPTD Puskesmas Banda Sakti", "Disdikbud"];
        let posts = ["Perawat Ahli Muda", "Guru Ahli Pertama", "Analis SDM"];
        let names = [
            "Rahmi Safitri",
            "Cut Nyak Désa",
            "T. Rizki",
            "Zulfahmi Ikram",
        ];
        (0..n)
            .map(|i| Person {
                id: i,
                own: format!("19850{i:03} {}", names[i as usize % 4]),
                unit: Sym::new(units[i as usize % 3]),
                post: Sym::new(posts[i as usize % 5 % 3]),
            })
            .collect()
    }

    /// A person's text as a list searched in copied text holds it.
    fn person_text(r: &Person) -> String {
        format!("{} {} {}", r.own, &*r.unit, &*r.post)
    }

    #[test]
    fn a_list_searched_in_place_finds_what_a_copied_one_finds() {
        let mut in_place = FilteredList::default();
        in_place.set_rows_in_place(people(60), |r| r.id, 10);
        let mut copied = FilteredList::default();
        copied.set_rows(people(60), person_text, |r| r.id, 10);
        for q in [
            "",
            "rahmi",
            "DESA",
            "puskesmas guru",
            "sakti 198500",
            "ahli muda rizki",
            "kesehatan zzz",
            "19850012",
            "analis sdm cut",
        ] {
            in_place.set_filter(q, 10);
            copied.set_filter(q, 10);
            let ids = |l: &FilteredList<Person>| {
                (0..l.len())
                    .map(|i| l.get(i).unwrap().id)
                    .collect::<Vec<_>>()
            };
            assert_eq!(ids(&in_place), ids(&copied), "{q:?}");
            assert!(q != "rahmi" || in_place.len() == 15);
        }
    }

    proptest::proptest! {
        /// A filter typed key by key (letters, spaces, Backspace: most keys
        /// narrow the filter before, some widen it) shows at each key the
        /// rows the same filter shows set at once, searched in place or in
        /// copied text.
        #[test]
        fn a_filter_typed_key_by_key_shows_what_it_shows_set_at_once(
            keys in proptest::collection::vec("[aeiknrs 12\u{8}é]", 1..14),
        ) {
            let mut in_place = FilteredList::default();
            in_place.set_rows_in_place(people(90), |r| r.id, 10);
            let mut copied = FilteredList::default();
            copied.set_rows(people(90), person_text, |r| r.id, 10);
            let ids = |l: &FilteredList<Person>| {
                (0..l.len()).map(|i| l.get(i).unwrap().id).collect::<Vec<_>>()
            };
            let mut typed = String::new();
            for k in keys {
                if k == "\u{8}" {
                    typed.pop();
                } else {
                    typed.push_str(&k);
                }
                in_place.set_filter(&typed, 10);
                copied.set_filter(&typed, 10);
                let mut fresh = FilteredList::default();
                fresh.set_rows(people(90), person_text, |r| r.id, 10);
                fresh.set_filter(&typed, 10);
                proptest::prop_assert_eq!(ids(&in_place), ids(&fresh), "{:?}", typed);
                proptest::prop_assert_eq!(ids(&copied), ids(&fresh), "{:?}", typed);
            }
        }
    }

    #[test]
    fn narrowing_is_each_word_before_within_a_word_now() {
        assert!(narrows("ra", "rah"));
        assert!(narrows("rah saf", "rahmi saf"));
        assert!(narrows("rahmi", "rahmi dinas"));
        assert!(narrows("ahmi", "Rahmi"), "folded, and within the word");
        assert!(!narrows("rahmi", "rahm"), "Backspace widens");
        assert!(!narrows("", "r"), "no filter before: every row");
        assert!(!narrows("rahmi dinas", "rahmi"), "a word taken away");
        assert!(!narrows("ra hm", "rah m"));
    }

    #[test]
    fn cursor_stays_in_bounds_and_visible() {
        let mut nav = TableNav::default();
        nav.move_by(25, 100, 10);
        assert_eq!(
            nav,
            TableNav {
                selected: 25,
                offset: 16
            }
        );
        nav.move_by(-100, 100, 10);
        assert_eq!(
            nav,
            TableNav {
                selected: 0,
                offset: 0
            }
        );
        nav.move_by(1_000, 100, 10);
        assert_eq!(
            nav,
            TableNav {
                selected: 99,
                offset: 90
            }
        );
        nav.move_by(1, 0, 10);
        assert_eq!(nav, TableNav::default());
    }

    #[test]
    fn filter_matches_every_word_case_insensitively() {
        let mut l = list(30);
        l.set_filter("UNIT-B pegawai 1", 10);
        let shown: Vec<u32> = (0..l.len()).map(|i| l.get(i).unwrap().0).collect();
        assert_eq!(shown, vec![1, 10, 13, 16, 19]);
        l.set_filter("", 10);
        assert_eq!(l.len(), 30);
    }

    #[test]
    fn reload_keeps_the_cursor_on_the_same_row() {
        let mut l = list(30);
        l.nav.select(7, 30, 10);
        let rows: Vec<(u32, String)> = (0..31u32).rev().map(|i| (i, row_text(i))).collect();
        l.set_rows(rows, |r| r.1.clone(), |r| r.0, 10);
        assert_eq!(l.selected().unwrap().0, 7);
    }
}
