//! Tab 3 through the real keys and the real runner on a copy of sample.db
//! (issue 9): renewing an agreement with one key, a group of interns of one
//! campus with save-and-new, a refusal that names the agreement's dates, a
//! logbook entry and the final evaluation — each read back from the
//! database afterwards.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::tui::app::{App, Msg, Status};
use peka::tui::keymap::{Action, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn press(r: &Runner, app: &mut App, code: KeyCode) {
    let effects = send(app, Msg::FormKey(KeyEvent::new(code, KeyModifiers::NONE)));
    r.pump(app, effects);
}

fn ctrl(r: &Runner, app: &mut App, c: char) {
    let effects = send(
        app,
        Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    );
    r.pump(app, effects);
}

fn act(r: &Runner, app: &mut App, a: Action) {
    let effects = key(app, a);
    r.pump(app, effects);
}

fn type_text(r: &Runner, app: &mut App, text: &str) {
    for c in text.chars() {
        press(r, app, KeyCode::Char(c));
    }
}

fn focus(app: &App) -> &'static str {
    app.form.as_ref().expect("a form is open").form.focus_key()
}

/// Tab to field `key` of the open form.
fn tab_to(r: &Runner, app: &mut App, key: &str) {
    for _ in 0..40 {
        if focus(app) == key {
            return;
        }
        press(r, app, KeyCode::Tab);
    }
    panic!("field {key} not reached");
}

/// Types `query` into lookup field `key` and picks the first offer.
fn pick(r: &Runner, app: &mut App, key: &str, query: &str) {
    tab_to(r, app, key);
    type_text(r, app, query);
    press(r, app, KeyCode::Enter);
    let form = &app.form.as_ref().unwrap().form;
    assert!(
        form.picked(key).is_some(),
        "{key}: nothing picked for {query:?}"
    );
}

/// Types into text/date field `key` (the first key replaces what is there).
fn fill(r: &Runner, app: &mut App, key: &str, text: &str) {
    tab_to(r, app, key);
    type_text(r, app, text);
}

fn filter(r: &Runner, app: &mut App, text: &str) {
    act(r, app, Action::Filter);
    for c in text.chars() {
        act(r, app, Action::FilterChar(c));
    }
    act(r, app, Action::FilterAccept);
}

fn status_text(app: &App) -> String {
    match &app.status {
        Some(Status::Info(t) | Status::Error(t)) => t.clone(),
        other => format!("{other:?}"),
    }
}

fn on_tab3(r: &Runner, sub: usize) -> App {
    let mut app = r.app();
    act(r, &mut app, Action::GoTab(2));
    for _ in 0..sub {
        act(r, &mut app, Action::NextSub);
    }
    app
}

#[test]
fn r_renews_an_agreement_with_its_dates_moved_forward() {
    let r = Runner::on_demo_copy();
    let mut app = on_tab3(&r, 1);
    assert_eq!(app.screen(), Screen::Agreements);
    filter(&r, &mut app, "429/KSB/2021");
    let old: i64 = r
        .conn
        .query_row(
            "SELECT id FROM kerja_sama WHERE nomor_pemko = '429/KSB/2021'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    // Enter opens it: the PKS under it are listed.
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::AgreementDetail);
    let text = screen_text(&draw(&app));
    assert!(text.contains("PKS di bawah MoU ini (1)"), "{text}");
    act(&r, &mut app, Action::Renew);
    assert_eq!(app.screen(), Screen::Form);
    let form = &app.form.as_ref().unwrap().form;
    assert_eq!(form.value("tanggal_mulai"), "2026-12-24");
    assert_eq!(form.value("tanggal_berakhir"), "2031-12-23");
    assert_eq!(form.value("nomor_pemko"), "");
    fill(&r, &mut app, "nomor_pemko", "901/KSB/2026");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "saved: {}", status_text(&app));
    let (from, start, end, partner): (i64, String, String, i64) = r
        .conn
        .query_row(
            "SELECT diperpanjang_dari_id, tanggal_mulai, tanggal_berakhir, mitra_id
             FROM kerja_sama WHERE nomor_pemko = '901/KSB/2026'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (from, start.as_str(), end.as_str()),
        (old, "2026-12-24", "2031-12-23")
    );
    let (old_partner, lifecycle): (i64, String) = r
        .conn
        .query_row(
            "SELECT mitra_id, status_dokumen FROM kerja_sama WHERE id = ?1",
            [old],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!((old_partner, lifecycle.as_str()), (partner, "DIPERPANJANG"));
    // The open detail now says so.
    let text = screen_text(&draw(&app));
    assert!(text.contains("Diperpanjang dgn   901/KSB/2026"), "{text}");
}

#[test]
fn a_group_of_interns_goes_in_with_save_and_new_then_logbook_and_feedback() {
    let r = Runner::on_demo_copy();
    let mut app = on_tab3(&r, 2);
    assert_eq!(app.screen(), Screen::Internships);
    act(&r, &mut app, Action::New);
    fill(&r, &mut app, "nama", "Cut Nurul Aini");
    fill(&r, &mut app, "nim", "2201010001");
    fill(&r, &mut app, "jenis_kelamin", "p");
    fill(&r, &mut app, "program_studi", "Sistem Informasi");
    pick(&r, &mut app, "mitra_id", "unimal");
    pick(&r, &mut app, "kerja_sama_id", "476/PKS");
    pick(&r, &mut app, "unit_kerja_id", "bkpsdm");
    pick(&r, &mut app, "pembimbing_lapangan_id", "197806302008111001");
    fill(&r, &mut app, "tanggal_mulai", "01-09-2026");
    fill(&r, &mut app, "tanggal_selesai", "31-12-2026");
    fill(&r, &mut app, "status", "b");
    ctrl(&r, &mut app, 'n');
    // The form stays, with what the group shares kept and the student's own
    // fields empty, the cursor on the name.
    let form = &app.form.as_ref().expect("save and new keeps the form").form;
    assert_eq!(form.value("nama"), "");
    assert_eq!(form.value("nim"), "");
    assert_eq!(form.value("tanggal_mulai"), "2026-09-01");
    assert!(form.picked("pembimbing_lapangan_id").is_some());
    assert_eq!(focus(&app), "nama");
    for (name, nim, sex) in [
        ("Muhammad Rizal", "2201010002", "l"),
        ("Nurbayan", "2201010003", "p"),
    ] {
        fill(&r, &mut app, "nama", name);
        fill(&r, &mut app, "nim", nim);
        fill(&r, &mut app, "jenis_kelamin", sex);
        ctrl(&r, &mut app, 'n');
    }
    press(&r, &mut app, KeyCode::Esc);
    let rows: Vec<(String, String, String, String, String, i64, i64)> = {
        let mut stmt = r
            .conn
            .prepare(
                "SELECT g.nama, g.nim, g.tanggal_mulai, g.tanggal_selesai, g.status,
                        g.pembimbing_lapangan_id, g.unit_kerja_id
                 FROM magang g WHERE g.nim LIKE '22010100%' ORDER BY g.nim",
            )
            .unwrap();
        stmt.query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(names, ["Cut Nurul Aini", "Muhammad Rizal", "Nurbayan"]);
    for row in &rows {
        assert_eq!(
            (row.2.as_str(), row.3.as_str(), row.4.as_str()),
            ("2026-09-01", "2026-12-31", "BERJALAN")
        );
        assert_eq!((row.5, row.6), (rows[0].5, rows[0].6));
    }
    let mentor = rows[0].5;

    // Open Nurbayan: a logbook entry and the final evaluation.
    filter(&r, &mut app, "Nurbayan 2201010003");
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::InternDetail);
    act(&r, &mut app, Action::New);
    fill(&r, &mut app, "tanggal", "04-09-2026");
    fill(&r, &mut app, "kegiatan", "Memindai arsip kepegawaian 2019");
    fill(&r, &mut app, "hasil", "312 berkas");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "saved: {}", status_text(&app));
    act(&r, &mut app, Action::Feedback);
    fill(&r, &mut app, "nilai_pembimbing", "86");
    fill(&r, &mut app, "yang_berhasil", "Pembimbing selalu ada");
    fill(&r, &mut app, "saran_unit", "Antrean layanan dibuat daring");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "saved: {}", status_text(&app));
    let (day, activity): (String, String) = r
        .conn
        .query_row(
            "SELECT l.tanggal, l.kegiatan FROM logbook_magang l JOIN magang g ON g.id = l.magang_id
             WHERE g.nim = '2201010003'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (day.as_str(), activity.as_str()),
        ("2026-09-04", "Memindai arsip kepegawaian 2019")
    );
    let (score, suggestion): (f64, String) = r
        .conn
        .query_row(
            "SELECT f.nilai_pembimbing, f.saran_unit FROM umpan_balik_magang f
             JOIN magang g ON g.id = f.magang_id WHERE g.nim = '2201010003'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (score, suggestion.as_str()),
        (86.0, "Antrean layanan dibuat daring")
    );
    let text = screen_text(&draw(&app));
    assert!(text.contains("Antrean layanan dibuat daring"), "{text}");
    assert!(text.contains("Memindai arsip kepegawaian 2019"), "{text}");

    // The mentor's detail in tab 1 lists the three.
    act(&r, &mut app, Action::GoTab(0));
    let nip: String = r
        .conn
        .query_row("SELECT nip FROM pegawai WHERE id = ?1", [mentor], |row| {
            row.get(0)
        })
        .unwrap();
    filter(&r, &mut app, &nip);
    act(&r, &mut app, Action::Open);
    let detail = app
        .employees
        .detail
        .as_ref()
        .unwrap()
        .data
        .as_ref()
        .unwrap();
    let mentored: Vec<&str> = detail.interns.iter().map(|i| i.name.as_str()).collect();
    for name in ["Cut Nurul Aini", "Muhammad Rizal", "Nurbayan"] {
        assert!(mentored.contains(&name), "{mentored:?}");
    }
}

#[test]
fn an_internship_past_its_agreement_is_refused_with_the_dates_and_nothing_saved() {
    let r = Runner::on_demo_copy();
    let mut app = on_tab3(&r, 2);
    let before: i64 = r
        .conn
        .query_row("SELECT count(*) FROM magang", [], |row| row.get(0))
        .unwrap();
    act(&r, &mut app, Action::New);
    fill(&r, &mut app, "nama", "Teuku Ridwan");
    fill(&r, &mut app, "nim", "2101990001");
    fill(&r, &mut app, "jenis_kelamin", "l");
    pick(&r, &mut app, "mitra_id", "unimal");
    pick(&r, &mut app, "kerja_sama_id", "476/PKS");
    pick(&r, &mut app, "unit_kerja_id", "bkpsdm");
    fill(&r, &mut app, "tanggal_mulai", "01-05-2031");
    fill(&r, &mut app, "tanggal_selesai", "31-07-2031");
    ctrl(&r, &mut app, 's');
    let fs = app.form.as_ref().expect("the form stays open");
    assert_eq!(fs.form.focus_key(), "kerja_sama_id");
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("26-05-2031"),
        "the agreement's end date is named:\n{text}"
    );
    // What was typed is still there.
    assert_eq!(fs.form.value("nama"), "Teuku Ridwan");
    assert_eq!(fs.form.value("tanggal_selesai"), "2031-07-31");
    let after: i64 = r
        .conn
        .query_row("SELECT count(*) FROM magang", [], |row| row.get(0))
        .unwrap();
    assert_eq!(after, before);
}

/// The two details at 80×24 on the demo data: an MoU with its PKS and the
/// internships that depend on it; an internship with its final evaluation
/// and logbook, the selected entry open.
#[test]
fn snapshot_agreement_and_internship_details_80x24() {
    let r = Runner::on_demo_copy();
    let mut app = on_tab3(&r, 1);
    filter(&r, &mut app, "815/KSB/2026");
    act(&r, &mut app, Action::Open);
    insta::assert_snapshot!("agreement_detail_80x24", screen_text(&draw(&app)));
    act(&r, &mut app, Action::Back);
    act(&r, &mut app, Action::NextSub);
    filter(&r, &mut app, "Nurmala");
    act(&r, &mut app, Action::Open);
    act(&r, &mut app, Action::Down);
    assert_eq!(app.screen(), Screen::InternDetail);
    insta::assert_snapshot!("intern_detail_80x24", screen_text(&draw(&app)));
}

/// `Enter` on a partner opens it: its record and former name, every one of
/// its agreements (MoU, the PKS under it indented) and its students'
/// internships. `e` there edits it, and the detail shows what was saved.
#[test]
fn enter_opens_a_partner_with_its_agreements_and_interns() {
    let r = Runner::on_demo_copy();
    let id: i64 = r
        .conn
        .query_row(
            "SELECT id FROM mitra WHERE singkatan = 'UIN SUNA'",
            [],
            |x| x.get(0),
        )
        .unwrap();
    let numbers = |cond: &str| -> Vec<String> {
        let sql = format!("SELECT nomor_pemko FROM kerja_sama WHERE {cond}");
        let mut st = r.conn.prepare(&sql).unwrap();
        st.query_map([id], |x| x.get(0))
            .unwrap()
            .map(|x| x.unwrap())
            .collect()
    };
    let own = numbers("mitra_id = ?1");
    let others = numbers("mitra_id <> ?1");
    let interns: Vec<String> = {
        let mut st = r
            .conn
            .prepare("SELECT nama FROM magang WHERE mitra_id = ?1")
            .unwrap();
        st.query_map([id], |x| x.get(0))
            .unwrap()
            .map(|x| x.unwrap())
            .collect()
    };
    assert!(!own.is_empty() && !interns.is_empty());

    let mut app = on_tab3(&r, 0);
    filter(&r, &mut app, "Sultanah");
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::PartnerDetail);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Universitas Islam Negeri Sultanah Nahrasiyah"),
        "{text}"
    );
    assert!(
        text.contains("IAIN Lhokseumawe (s.d. 07-05-2025)"),
        "{text}"
    );
    assert!(
        text.contains(&format!("Perjanjian ({})", own.len())),
        "{text}"
    );
    assert!(
        text.contains(&format!("Mahasiswa magang ({})", interns.len())),
        "{text}"
    );
    for n in &own {
        assert!(text.contains(n.as_str()), "{n} missing:\n{text}");
    }
    for n in &others {
        assert!(
            !text.contains(n.as_str()),
            "{n} is another partner's:\n{text}"
        );
    }
    for name in &interns {
        assert!(text.contains(name.as_str()), "{name} missing:\n{text}");
    }
    insta::assert_snapshot!("partner_detail_80x24", text);

    act(&r, &mut app, Action::Edit);
    fill(&r, &mut app, "narahubung", "Rahmi Safitri");
    fill(&r, &mut app, "email", "kerjasama@uinsuna.ac.id");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "{}", status_text(&app));
    assert_eq!(app.screen(), Screen::PartnerDetail);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Rahmi Safitri · kerjasama@uinsuna.ac.id"),
        "the detail shows what was saved:\n{text}"
    );
    let stored: (String, String) = r
        .conn
        .query_row(
            "SELECT narahubung, email FROM mitra WHERE id = ?1",
            [id],
            |x| Ok((x.get(0)?, x.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        stored,
        ("Rahmi Safitri".into(), "kerjasama@uinsuna.ac.id".into())
    );

    act(&r, &mut app, Action::Back);
    assert_eq!(app.screen(), Screen::Partners);
    assert_eq!(app.partnerships.selected_partner_id(), Some(id));
}

/// A partner with more lines than the screen scrolls to its last line and
/// no further: one `↑` after many `↓` moves the view at once.
#[test]
fn a_long_partner_detail_scrolls_to_its_end_and_no_further() {
    let r = Runner::on_demo_copy();
    let mut app = on_tab3(&r, 0);
    filter(&r, &mut app, "Malikussaleh");
    act(&r, &mut app, Action::Open);
    let oldest: String = r
        .conn
        .query_row(
            "SELECT g.nama FROM magang g JOIN mitra m ON m.id = g.mitra_id
             WHERE m.nama = 'Universitas Malikussaleh'
             ORDER BY g.tanggal_mulai, g.tanggal_selesai LIMIT 1",
            [],
            |x| x.get(0),
        )
        .unwrap();
    let first = screen_text(&draw(&app));
    assert!(
        !first.contains(oldest.as_str()),
        "the list is longer than the screen:\n{first}"
    );
    for _ in 0..60 {
        act(&r, &mut app, Action::Down);
    }
    let end = screen_text(&draw(&app));
    assert!(end.contains(oldest.as_str()), "{end}");
    act(&r, &mut app, Action::Up);
    let up = screen_text(&draw(&app));
    assert_ne!(up, end, "one ↑ moves the view back at once");
    assert!(!up.contains(oldest.as_str()), "{up}");
}

/// An agreement with more lines than the screen (an MoU with its PKS and
/// internships) scrolls to its last line and no further, as a partner
/// does: it never scrolls on into an empty screen.
#[test]
fn a_long_agreement_detail_scrolls_to_its_end_and_no_further() {
    let r = Runner::on_demo_copy();
    let number: String = r
        .conn
        .query_row(
            "SELECT k.nomor_pemko FROM kerja_sama k
             ORDER BY (SELECT count(*) FROM magang g WHERE g.kerja_sama_id = k.id)
                    + (SELECT count(*) FROM kerja_sama c WHERE c.induk_id = k.id) DESC
             LIMIT 1",
            [],
            |x| x.get(0),
        )
        .unwrap();
    let mut app = on_tab3(&r, 1);
    filter(&r, &mut app, &number);
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::AgreementDetail);
    let first = screen_text(&draw(&app));
    let body = |text: &str| -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        lines[1..lines.len() - 2]
            .iter()
            .map(|l| l.to_string())
            .collect()
    };
    for _ in 0..3 {
        act(&r, &mut app, Action::Down);
    }
    assert_ne!(
        screen_text(&draw(&app)),
        first,
        "the detail is longer than the screen"
    );
    for _ in 0..200 {
        act(&r, &mut app, Action::Down);
    }
    let end = screen_text(&draw(&app));
    let last = body(&end).last().cloned().unwrap();
    assert!(
        !last.trim().is_empty(),
        "the last line is at the bottom:\n{end}"
    );
    act(&r, &mut app, Action::Down);
    assert_eq!(screen_text(&draw(&app)), end, "no further");
    act(&r, &mut app, Action::Up);
    let up = screen_text(&draw(&app));
    assert_ne!(up, end, "one ↑ moves the view back at once");
}

/// Issue 11 item 4: `h` on a record shows its history — who, from where,
/// when, and each field before and after.
#[test]
fn h_shows_a_records_history_with_before_and_after() {
    use peka::db::partners::PartnerInput;
    use peka::db::record::{insert, update};
    use peka::db::write::Actor;
    let r = Runner::on_demo_copy();
    let p = |contact: &str| PartnerInput {
        nama: "Universitas Almuslim".into(),
        singkatan: "Umuslim".into(),
        jenis: "PERGURUAN_TINGGI".into(),
        narahubung: contact.into(),
        ..Default::default()
    };
    let id = insert(&r.conn, &p("Marzuki"), &Actor::new("ani", "10.0.0.7")).unwrap();
    update(&r.conn, id, 1, &p("Rahmi Safitri"), &Actor::new("budi", "")).unwrap();
    let mut app = on_tab3(&r, 0);
    filter(&r, &mut app, "Almuslim");
    act(&r, &mut app, Action::History);
    assert_eq!(app.screen(), Screen::History);
    let text = screen_text(&draw(&app));
    assert!(text.contains("Riwayat · Universitas Almuslim"), "{text}");
    assert!(text.contains("diubah · budi"), "{text}");
    assert!(
        text.contains("narahubung: Marzuki → Rahmi Safitri"),
        "{text}"
    );
    assert!(text.contains("ditambahkan · ani (10.0.0.7)"), "{text}");
    act(&r, &mut app, Action::CloseHistory);
    assert_eq!(app.screen(), Screen::Partners);
}

/// Monitoring's reports of agreements and internships lead to the record:
/// `Enter` opens it in tab 3 (its footer offers it), `Esc` there leaves the
/// cursor on it in its list. The report of interns per host unit opens
/// the Magang list kept to that unit.
#[test]
fn enter_on_a_report_row_opens_the_agreement_or_internship_in_tab_3() {
    use peka::tui::tabs::monitoring::Sub;
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    let to = |app: &mut App, sub: Sub| {
        act(&r, app, Action::GoTab(4));
        for _ in 0..12 {
            if app.monitoring.sub == sub {
                return;
            }
            act(&r, app, Action::NextSub);
        }
        panic!("{sub:?} not reached");
    };
    // Per unit: the Magang list kept to the host unit's interns.
    to(&mut app, Sub::PerUnit);
    let busiest = (0..app.monitoring.per_unit.len())
        .max_by_key(|&i| app.monitoring.per_unit.get(i).unwrap().running)
        .unwrap();
    act(&r, &mut app, Action::Home);
    for _ in 0..busiest {
        act(&r, &mut app, Action::Down);
    }
    let unit = app.monitoring.per_unit.selected().unwrap().clone();
    assert!(unit.running > 0);
    let footer = screen_text(&draw(&app));
    assert!(
        footer.lines().last().unwrap().starts_with("Enter buka"),
        "{footer}"
    );
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::Internships);
    let placed: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM magang WHERE unit_kerja_id = ?1",
            [unit.unit_id],
            |x| x.get(0),
        )
        .unwrap();
    let shown: Vec<_> = (0..app.partnerships.internships.len())
        .map(|i| app.partnerships.internships.get(i).unwrap().clone())
        .collect();
    assert_eq!(shown.len() as i64, placed);
    assert!(
        shown
            .iter()
            .all(|g| g.unit_id == unit.unit_id && g.unit == unit.unit)
    );
    let text = screen_text(&draw(&app));
    let status = text.lines().rev().nth(1).unwrap();
    assert!(
        status.starts_with(&format!("Unit: {} · Esc semua unit", unit.unit)),
        "{status}"
    );
    // Esc: every internship again, the cursor on the same one.
    act(&r, &mut app, Action::Down);
    let on = app.partnerships.internships.selected().map(|g| g.id);
    act(&r, &mut app, Action::Back);
    assert!(app.partnerships.host_unit.is_none());
    assert_eq!(
        app.partnerships.internships.len(),
        app.partnerships.internships.total()
    );
    assert!(app.partnerships.internships.len() as i64 > placed);
    assert_eq!(app.partnerships.internships.selected().map(|g| g.id), on);

    to(&mut app, Sub::AgreementsDue);
    let (id, number) = {
        let a = app
            .monitoring
            .due
            .selected()
            .expect("an agreement ending soon");
        (a.id, a.number.clone())
    };
    let text = screen_text(&draw(&app));
    assert!(
        text.lines().last().unwrap().starts_with("Enter buka"),
        "{text}"
    );
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::AgreementDetail);
    let text = screen_text(&draw(&app));
    assert!(text.contains(&number), "{number} in\n{text}");
    act(&r, &mut app, Action::Back);
    assert_eq!(app.screen(), Screen::Agreements);
    assert_eq!(app.partnerships.current_agreement().map(|a| a.0), Some(id));

    to(&mut app, Sub::Attention);
    let (id, name) = {
        let g = app
            .monitoring
            .attention
            .selected()
            .expect("an internship to look at");
        (g.id, g.name.clone())
    };
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::InternDetail);
    assert!(screen_text(&draw(&app)).contains(&name));
    act(&r, &mut app, Action::Back);
    assert_eq!(app.partnerships.current_intern().map(|g| g.0), Some(id));
    // Saran: the student's suggestion leads to their internship. Its
    // logbook is long, so the view scrolls to the first entry: the
    // student's name stays on the top row all the same.
    to(&mut app, Sub::Suggestions);
    let (id, student) = {
        let f = app.monitoring.suggestions.selected().expect("a suggestion");
        (f.intern_id, f.student.clone())
    };
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::InternDetail);
    let text = screen_text(&draw(&app));
    assert!(text.contains(&student), "{student:?} in\n{text}");
    act(&r, &mut app, Action::Back);
    assert_eq!(app.partnerships.current_intern().map(|g| g.0), Some(id));
}

/// Kualitas data lists records to fix: `Enter` opens each in its own tab —
/// the employee never assessed in tab 1 (where `p` records an assessment),
/// the training with open results in tab 2, the internship without a mentor
/// in tab 3, the evaluation without feedback in tab 4.
#[test]
fn enter_on_a_data_quality_row_opens_the_record_in_its_tab() {
    use peka::db::data_quality::Problem;
    use peka::tui::tabs::monitoring::Sub;
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    let cases = [
        (
            Problem::NoAssessment,
            "penilaian",
            Screen::EmployeeDetail,
            Screen::EmployeeList,
        ),
        (
            Problem::OpenResults,
            "hasil",
            Screen::Participants,
            Screen::TrainingList,
        ),
        (
            Problem::NoMentor,
            "pembimbing",
            Screen::InternDetail,
            Screen::Internships,
        ),
        (
            Problem::EmptyFeedback,
            "umpan balik",
            Screen::EvaluationDetail,
            Screen::EvaluationList,
        ),
    ];
    for (problem, word, opened, back) in cases {
        act(&r, &mut app, Action::GoTab(4));
        for _ in 0..12 {
            if app.monitoring.sub == Sub::Quality {
                break;
            }
            act(&r, &mut app, Action::NextSub);
        }
        assert_eq!(app.monitoring.sub, Sub::Quality);
        act(&r, &mut app, Action::FilterClear);
        filter(&r, &mut app, word);
        let row = app.monitoring.quality.selected().cloned();
        let row = row.unwrap_or_else(|| panic!("a {problem:?} row in the demo data"));
        assert_eq!(row.problem, problem, "{word:?} finds {problem:?} first");
        act(&r, &mut app, Action::Open);
        assert_eq!(app.screen(), opened, "{problem:?}");
        let text = screen_text(&draw(&app));
        assert!(
            text.contains(&row.key) || text.contains(&row.name),
            "{problem:?} {row:?}\n{text}"
        );
        act(&r, &mut app, Action::Back);
        assert_eq!(app.screen(), back, "{problem:?}");
    }
}

/// On a narrow screen (60 columns) an internship's long values wrap under
/// themselves instead of being cut: the field mentor's NIP is read whole.
#[test]
fn an_internships_mentor_and_programme_wrap_on_a_narrow_screen() {
    let r = Runner::on_demo_copy();
    let (nim, nip, programme, result): (String, String, String, String) = r
        .conn
        .query_row(
            "SELECT g.nim, e.nip, g.program_studi, g.nomor_surat_keterangan FROM magang g
             JOIN pegawai e ON e.id = g.pembimbing_lapangan_id
             ORDER BY length(e.gelar_depan || e.nama || e.gelar_belakang) DESC, g.id
             LIMIT 1",
            [],
            |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?, x.get(3)?)),
        )
        .unwrap();
    // Tall enough for the whole detail: the logbook does not push the
    // header off the top.
    let (mut app, first) = app_sized(peka::i18n::Lang::Id, 60, 60);
    r.pump(&mut app, first);
    act(&r, &mut app, Action::GoTab(2));
    act(&r, &mut app, Action::NextSub);
    act(&r, &mut app, Action::NextSub);
    assert_eq!(app.screen(), Screen::Internships);
    filter(&r, &mut app, &nim);
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::InternDetail);
    let text = screen_text(&draw(&app));
    assert!(text.contains(&nip), "{nip} whole in\n{text}");
    for word in programme.split_whitespace() {
        assert!(text.contains(word), "{word} in\n{text}");
    }
    if !result.is_empty() {
        assert!(text.contains(&result), "{result} whole in\n{text}");
    }
    assert!(
        text.lines().all(|l| l.chars().count() <= 60),
        "nothing past the edge"
    );
}
