//! The key table's promises: what the footer shows works, letters are text while filtering.
use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn digits_switch_tabs_when_browsing_but_filter_when_typing() {
    assert_eq!(
        resolve(Screen::EmployeeList, &key(KeyCode::Char('3'))),
        Some(Action::GoTab(2))
    );
    assert_eq!(
        resolve(Screen::Filter, &key(KeyCode::Char('3'))),
        Some(Action::FilterChar('3'))
    );
    assert_eq!(
        resolve(Screen::Filter, &key(KeyCode::Char('q'))),
        Some(Action::FilterChar('q'))
    );
}

#[test]
fn letters_used_for_moving_are_text_while_filtering() {
    for c in ['j', 'k', 'g', 'G', 'x', 'X', '[', '?'] {
        assert_eq!(
            resolve(Screen::Filter, &key(KeyCode::Char(c))),
            Some(Action::FilterChar(c))
        );
    }
    assert_eq!(
        resolve(Screen::Filter, &key(KeyCode::Down)),
        Some(Action::Down)
    );
    assert_eq!(
        resolve(Screen::EmployeeList, &key(KeyCode::Char('j'))),
        Some(Action::Down)
    );
}

#[test]
fn x_exports_excel_and_shift_x_csv_on_every_list() {
    let shift_x = KeyEvent::new(KeyCode::Char('X'), KeyModifiers::SHIFT);
    for s in [
        Screen::EmployeeList,
        Screen::Retiring,
        Screen::TrainingList,
        Screen::Agreements,
        Screen::EvaluationList,
        Screen::Monitoring,
    ] {
        assert_eq!(resolve(s, &key(KeyCode::Char('x'))), Some(Action::Export));
        assert_eq!(resolve(s, &shift_x), Some(Action::ExportCsv));
    }
    assert!(!Action::ExportCsv.writes(), "read-only sessions export too");
}

#[test]
fn ctrl_c_quits_everywhere() {
    let k = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for s in [
        Screen::EmployeeList,
        Screen::Filter,
        Screen::Help,
        Screen::EmployeeDetail,
    ] {
        assert_eq!(resolve(s, &k), Some(Action::Quit));
    }
}

#[test]
fn every_footer_key_resolves_on_its_screen() {
    // The footer never advertises a key that does nothing there.
    let samples = [
        KeyCode::Char('1'),
        KeyCode::Char('/'),
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Char('['),
        KeyCode::Down,
        KeyCode::Char('x'),
        KeyCode::Char('?'),
        KeyCode::Char('q'),
        KeyCode::Char('n'),
        KeyCode::Char('e'),
        KeyCode::Char('d'),
        KeyCode::Char('p'),
        KeyCode::Char('s'),
        KeyCode::Char('a'),
        KeyCode::Char('l'),
        KeyCode::Char('y'),
        KeyCode::Char('r'),
        KeyCode::Char('t'),
        KeyCode::Char('v'),
        KeyCode::Char('f'),
        KeyCode::Char('u'),
        KeyCode::Char('h'),
        KeyCode::Char('o'),
        KeyCode::Char('<'),
        KeyCode::Char('b'),
        KeyCode::Right,
        KeyCode::PageDown,
        KeyCode::Tab,
        KeyCode::F(1),
    ];
    for screen in [
        Screen::EmployeeList,
        Screen::EmployeeDetail,
        Screen::EmployeePlan,
        Screen::TrainingNeeds,
        Screen::Reference,
        Screen::Units,
        Screen::Retiring,
        Screen::Question,
        Screen::TrainingList,
        Screen::Participants,
        Screen::ResultRow,
        Screen::Partners,
        Screen::Agreements,
        Screen::Internships,
        Screen::PartnerDetail,
        Screen::AgreementDetail,
        Screen::InternDetail,
        Screen::EvaluationList,
        Screen::EvaluationDetail,
        Screen::EvaluationGrid,
        Screen::FollowUps,
        Screen::History,
        Screen::Monitoring,
        Screen::EffectTrainings,
        Screen::EffectParticipants,
        Screen::Filter,
        Screen::Help,
    ] {
        for b in footer_for(screen) {
            let taken = samples.iter().any(|c| {
                let k = key(*c);
                (b.map)(&k).is_some() && resolve(screen, &k) == (b.map)(&k)
            });
            assert!(
                taken,
                "{screen:?}: footer key {} is not reachable",
                b.keys.en
            );
        }
    }
}

#[test]
fn sub_list_keys_only_where_there_are_sub_lists() {
    assert_eq!(
        resolve(Screen::Agreements, &key(KeyCode::Char(']'))),
        Some(Action::NextSub)
    );
    assert_eq!(
        resolve(Screen::EmployeeList, &key(KeyCode::Char(']'))),
        Some(Action::NextSub),
        "tab 1 has the reference lists"
    );
    assert_eq!(
        resolve(Screen::TrainingList, &key(KeyCode::Char(']'))),
        None
    );
}

#[test]
fn s_records_a_pension_on_the_retiring_list_and_says_so_in_its_footer() {
    assert_eq!(
        resolve(Screen::Retiring, &key(KeyCode::Char('s'))),
        Some(Action::Status)
    );
    let footer = footer_for(Screen::Retiring);
    assert!(
        footer
            .iter()
            .any(|b| b.keys.en == "s" && b.short.en == "record pension"),
        "the footer names the key"
    );
    assert!(footer.iter().all(|b| b.keys.en != "n" && b.keys.en != "e"));
    assert!(
        help_for(Screen::Retiring)
            .iter()
            .any(|b| b.keys.en == "s" && is_write_key(b)),
        "read-only mode refuses it like every write key"
    );
    assert_eq!(
        resolve(Screen::Retiring, &key(KeyCode::Enter)),
        Some(Action::Open)
    );
    assert_eq!(
        resolve(Screen::Retiring, &key(KeyCode::Char('['))),
        Some(Action::PrevSub)
    );
}

/// Read-only hides exactly the bindings whose keys lead to an action that
/// writes — found from the actions, not from the key labels.
#[test]
fn write_keys_are_found_by_the_action_they_lead_to() {
    let writing: Vec<&str> = all_bindings()
        .iter()
        .filter(|b| is_write_key(b))
        .map(|b| b.keys.en)
        .collect();
    for k in ["n", "e", "d", "s", "p"] {
        assert!(writing.contains(&k), "{k} writes: {writing:?}");
    }
    for b in all_bindings().iter().copied().filter(|b| !is_write_key(b)) {
        assert!(
            !["n", "e", "d", "s", "p"].contains(&b.keys.en) || b.keys == tx::KEY_NOT_HERE,
            "{}",
            b.keys.en
        );
    }
    assert!(Action::New.writes() && Action::Assess.writes());
    assert!(!Action::Export.writes() && !Action::Quit.writes() && !Action::NotHere('n').writes());
}

/// Issue 8 items 5–6: in the employee detail `r` gives the plan lines the
/// keyboard, where `n` `e` `d` act on a line (and Esc gives it back); `t`
/// fills the plan and writes, so read-only refuses and hides it; `]` on a
/// training's participants shows who needs it most.
#[test]
fn plan_and_recommendation_keys() {
    assert_eq!(
        resolve(Screen::EmployeeDetail, &key(KeyCode::Char('r'))),
        Some(Action::Plan)
    );
    for s in [Screen::EmployeeDetail, Screen::EmployeePlan] {
        assert_eq!(resolve(s, &key(KeyCode::Char('t'))), Some(Action::FillPlan));
        assert_eq!(resolve(s, &key(KeyCode::Char('p'))), Some(Action::Assess));
    }
    assert_eq!(
        resolve(Screen::EmployeePlan, &key(KeyCode::Char('n'))),
        Some(Action::New)
    );
    assert_eq!(
        resolve(Screen::EmployeePlan, &key(KeyCode::Esc)),
        Some(Action::Back)
    );
    assert!(
        help_for(Screen::EmployeePlan)
            .iter()
            .any(|b| b.keys.en == "e" && b.long.en.contains("plan line")),
        "e edits a plan line there"
    );
    assert!(Action::FillPlan.writes() && !Action::Plan.writes());
    assert!(
        all_bindings()
            .iter()
            .copied()
            .any(|b| b.keys.en == "t" && is_write_key(b)),
        "t is hidden and refused in read-only"
    );
    for s in [Screen::Participants, Screen::TrainingNeeds] {
        assert_eq!(resolve(s, &key(KeyCode::Char(']'))), Some(Action::NextSub));
    }
    assert_eq!(
        resolve(Screen::TrainingNeeds, &key(KeyCode::Esc)),
        Some(Action::Back)
    );
    assert_eq!(
        resolve(Screen::TrainingNeeds, &key(KeyCode::Char('/'))),
        Some(Action::Filter)
    );
}
