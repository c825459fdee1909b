//! Tab 2, a training's second sub-list (issue 8 item 5): the employees who
//! need it most, ranked by the rule of `domain::recommend`, each with the
//! reason (the competency of the largest gap and how far below, the other
//! gaps it addresses, the JP still missing this year). Reached with `]` from
//! the participants (`Enter` on a training): a sub-list beside them rather
//! than a section under them, because it is a list of hundreds of people
//! that wants the cursor, the filter and `x` like any list.

use super::{export_rows, render_list, table_rows};
use crate::db::model::TrainingRow;
use crate::db::recommend::EmployeeNeed;
use crate::domain::jp::format_jp;
use crate::domain::recommend::Candidates;
use crate::i18n::Lang;
use crate::i18n::development as dx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column, fit};
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The employees one training helps most.
#[derive(Debug, Clone)]
pub struct NeedsState {
    pub training: TrainingRow,
    /// Whom the list holds (`v` walks through the three).
    pub source: Candidates,
    pub list: FilteredList<EmployeeNeed>,
}

impl NeedsState {
    pub fn new(training: TrainingRow) -> NeedsState {
        NeedsState {
            training,
            source: Candidates::Gaps,
            list: FilteredList::default(),
        }
    }

    /// `v`: the next list; its rows are read again.
    pub fn next_source(&mut self) {
        self.source = self.source.next();
        self.list = FilteredList::default();
    }

    /// Rows under the two title lines.
    pub fn rows_height(h: usize) -> usize {
        table_rows(h, 2)
    }

    pub fn set_rows(&mut self, rows: Vec<EmployeeNeed>, h: usize) {
        self.list.set_rows(
            rows,
            |r| {
                let code = r.need.gaps.first().map_or("", |g| g.code.as_str());
                format!("{} {} {} {code}", r.nip, r.name, r.unit)
            },
            |r| r.employee_id,
            Self::rows_height(h),
        );
    }

    pub fn export(&self, lang: Lang) -> ExportJob {
        let (header, rows) = export_rows(&self.list, &EXPORT_NAMES, |r, c| {
            export_cell(&self.list, r, c, lang)
        });
        ExportJob {
            stem: format!("kebutuhan-{}", self.training.code),
            header,
            rows,
        }
    }
}

/// Columns of an `x` file: `kesenjangan`'s names for the gap, `rekap-jp`'s
/// `kekurangan` for the JP still missing.
const EXPORT_NAMES: [&str; 8] = [
    "peringkat",
    "nip",
    "nama",
    "unit_kerja",
    "kompetensi",
    "standar",
    "aktual",
    "kekurangan",
];

fn columns(lang: Lang) -> [Column; 6] {
    [
        Column::fixed("#", 4).right(),
        Column::fixed(tx::COL_NIP.get(lang), 18).from_width(100),
        Column::flex(tx::COL_NAME.get(lang), 14, 4),
        Column::flex(tx::COL_UNIT.get(lang), 6, 1),
        Column::fixed(dx::COL_NEED.get(lang), 16),
        Column::fixed(dx::COL_JP_MISSING.get(lang), 7).right(),
    ]
}

/// The rank of row `r` in the whole list (the filter keeps it).
fn rank(list: &FilteredList<EmployeeNeed>, r: &EmployeeNeed) -> usize {
    list.all()
        .iter()
        .position(|x| x.employee_id == r.employee_id)
        .map_or(0, |i| i + 1)
}

/// The gap as shown: "M.01 ▼2 +1" (the competency of the largest gap, how
/// far below, how many other gaps the training addresses).
fn need_text(r: &EmployeeNeed) -> String {
    let Some(main) = r.need.gaps.first() else {
        return "—".to_string();
    };
    let more = r.need.gaps.len() - 1;
    if more > 0 {
        format!("{} ▼{} +{more}", main.code, main.gap())
    } else {
        format!("{} ▼{}", main.code, main.gap())
    }
}

fn cell<'r>(list: &FilteredList<EmployeeNeed>, r: &'r EmployeeNeed, c: usize) -> Cell<'r> {
    match c {
        0 => Cell::plain(rank(list, r).to_string()),
        1 => Cell::plain(r.nip.as_str()),
        2 => Cell::plain(r.name.as_str()),
        3 => Cell::plain(r.unit.as_str()),
        4 => Cell::plain(need_text(r)),
        _ => Cell::plain(format_jp(r.need.jp_missing)),
    }
}

fn export_cell<'r>(
    list: &FilteredList<EmployeeNeed>,
    r: &'r EmployeeNeed,
    c: usize,
    _lang: Lang,
) -> Cell<'r> {
    let main = r.need.gaps.first();
    match c {
        0 => Cell::plain(rank(list, r).to_string()),
        1 => Cell::plain(r.nip.as_str()),
        2 => Cell::plain(r.name.as_str()),
        3 => Cell::plain(r.unit.as_str()),
        4 => Cell::plain(main.map_or("", |m| m.code.as_str())),
        5 => Cell::plain(main.map_or(String::new(), |m| m.standard.to_string())),
        6 => Cell::plain(main.map_or(String::new(), |m| m.actual.to_string())),
        _ => Cell::plain(format_jp(r.need.jp_missing)),
    }
}

/// Draws the title, the line that says whether the training is still open,
/// and the ranked list.
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    st: &NeedsState,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
) {
    let t = &st.training;
    let width = area.width as usize;
    let title = dx::candidates_title(lang, st.source, &t.name);
    buf.set_stringn(area.x, area.y, fit(&title, width), width, theme.header());
    let today = today.format("%Y-%m-%d").to_string();
    let open = crate::domain::recommend::is_upcoming(t.status, &t.start, &today);
    if area.height > 1 {
        let (text, style) = if !st.list.loaded {
            ("", theme.dim())
        } else if st.list.total() == 0 {
            (dx::candidates_none(st.source).get(lang), theme.dim())
        } else if !open {
            (dx::NEEDS_CLOSED.get(lang), theme.caution())
        } else {
            (dx::candidates_rule(st.source).get(lang), theme.dim())
        };
        buf.set_stringn(area.x, area.y + 1, fit(text, width), width, style);
    }
    let rest = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let cols = columns(lang);
    render_list(buf, rest, &cols, &st.list, lang, theme, |r, c| {
        cell(&st.list, r, c)
    });
}
