//! Settings stored in `pengaturan` (key/value rows).

use super::model::Settings;
use crate::domain::agreement::DEFAULT_WARN_DAYS;
use crate::domain::dates::parse_iso;
use crate::domain::enums::AsnKind;
use crate::domain::jp::{DEFAULT_MINUTES_PER_JP, DEFAULT_TARGET_JP, JpTargets, target_key};
use rusqlite::Connection;

/// Key of the minutes-per-JP setting.
pub const KEY_MINUTES_PER_JP: &str = "menit_per_jp";
/// Key of the yearly JP target: the default of every kind of ASN, and the
/// fallback when a kind's own key (`domain::jp::target_key`) is missing or
/// unreadable.
pub const KEY_TARGET_JP: &str = "target_jp_tahunan";
/// Key of the agreement warning window (days).
pub const KEY_WARN_DAYS: &str = "hari_peringatan_perjanjian";
/// Key of the logbook gap (days): a running internship without a logbook
/// entry for longer stands out in Monitoring.
pub const KEY_LOGBOOK_DAYS: &str = "hari_tanpa_logbook";
/// Days without a logbook entry when the setting is missing or unreadable.
pub const DEFAULT_LOGBOOK_DAYS: i64 = 14;
/// Key of the months after a training's end when its follow-up is due.
pub const KEY_FOLLOW_UP_MONTHS: &str = "bulan_tindak_lanjut";
/// Months to a follow-up when the setting is missing or unreadable.
pub const DEFAULT_FOLLOW_UP_MONTHS: u32 = 3;
/// Key of the window (months) of the list of those retiring soon.
pub const KEY_RETIREMENT_MONTHS: &str = "bulan_peringatan_pensiun";
/// Months ahead the list of those retiring soon looks when the setting is
/// missing or unreadable.
pub const DEFAULT_RETIREMENT_MONTHS: u32 = 12;
/// Key of the reference date of a seeded database.
pub const KEY_REFERENCE_DATE: &str = "tanggal_acuan";

/// The settings of the database. A missing key, or a value that does not parse
/// (empty, not a number, zero minutes, negative…), falls back to the default
/// (45 minutes, 20 JP, 90 days, 12 months, no reference date) so a hand-edited row never
/// stops the application; `peka check` is the place that reports such rows.
/// The target of a kind of ASN whose own key is missing or unreadable is
/// `target_jp_tahunan`'s.
pub fn load(conn: &Connection) -> rusqlite::Result<Settings> {
    let mut s = Settings {
        minutes_per_jp: DEFAULT_MINUTES_PER_JP,
        target_jp: DEFAULT_TARGET_JP,
        jp_targets: JpTargets::default(),
        warn_days: DEFAULT_WARN_DAYS,
        retirement_months: DEFAULT_RETIREMENT_MONTHS,
        logbook_days: DEFAULT_LOGBOOK_DAYS,
        follow_up_months: DEFAULT_FOLLOW_UP_MONTHS,
        reference_date: None,
    };
    let rows = all(conn)?;
    let mut own: Vec<(AsnKind, f64)> = Vec::new();
    for (key, value) in rows {
        let v = value.trim();
        match key.as_str() {
            KEY_MINUTES_PER_JP => {
                if let Ok(n) = v.parse::<u32>()
                    && n > 0
                {
                    s.minutes_per_jp = n;
                }
            }
            KEY_TARGET_JP => {
                if let Some(n) = parse_target(v) {
                    s.target_jp = n;
                }
            }
            KEY_WARN_DAYS => {
                if let Ok(n) = v.parse::<i64>()
                    && n >= 0
                {
                    s.warn_days = n;
                }
            }
            KEY_LOGBOOK_DAYS => {
                if let Ok(n) = v.parse::<i64>()
                    && n >= 1
                {
                    s.logbook_days = n;
                }
            }
            KEY_FOLLOW_UP_MONTHS => {
                if let Ok(n) = v.parse::<u32>()
                    && (1..=60).contains(&n)
                {
                    s.follow_up_months = n;
                }
            }
            KEY_RETIREMENT_MONTHS => {
                if let Ok(n) = v.parse::<u32>()
                    && (1..=120).contains(&n)
                {
                    s.retirement_months = n;
                }
            }
            KEY_REFERENCE_DATE => s.reference_date = parse_iso(v),
            k => {
                if let Some(kind) = AsnKind::ALL.iter().find(|a| target_key(**a) == k)
                    && let Some(n) = parse_target(v)
                {
                    own.push((*kind, n));
                }
            }
        }
    }
    s.jp_targets = JpTargets::uniform(s.target_jp);
    for (kind, n) in own {
        s.jp_targets.set(kind, n);
    }
    Ok(s)
}

/// A yearly target as stored: a finite number ≥ 0 (0: no target for that
/// kind of ASN).
fn parse_target(v: &str) -> Option<f64> {
    v.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)
}

/// Every setting as (kunci, nilai), ordered by kunci.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT kunci, nilai FROM pengaturan ORDER BY kunci")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_fresh_database_has_the_documented_defaults() {
        let conn = crate::db::open_in_memory().unwrap();
        let s = load(&conn).unwrap();
        assert_eq!(s.minutes_per_jp, 45);
        assert_eq!(s.target_jp, 20.0);
        assert_eq!(s.warn_days, 90);
        assert_eq!(s.retirement_months, 12);
        assert_eq!(s.reference_date, None);
    }

    #[test]
    fn stored_values_win_and_bad_values_fall_back() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "UPDATE pengaturan SET nilai = '60' WHERE kunci = 'menit_per_jp';
             UPDATE pengaturan SET nilai = 'dua puluh' WHERE kunci = 'target_jp_tahunan';
             DELETE FROM pengaturan WHERE kunci = 'hari_peringatan_perjanjian';
             INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2024-06-30');",
        )
        .unwrap();
        let s = load(&conn).unwrap();
        assert_eq!(s.minutes_per_jp, 60);
        assert_eq!(s.target_jp, 20.0);
        assert_eq!(s.warn_days, 90);
        assert_eq!(s.logbook_days, 14);
        assert_eq!(s.follow_up_months, 3);
        assert_eq!(s.reference_date, NaiveDate::from_ymd_opt(2024, 6, 30));
        let keys: Vec<String> = all(&conn).unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "bulan_peringatan_pensiun",
                "bulan_tindak_lanjut",
                "hari_tanpa_logbook",
                "menit_per_jp",
                "tanggal_acuan",
                "target_jp_cpns",
                "target_jp_pns",
                "target_jp_pppk",
                "target_jp_pppk_paruh_waktu",
                "target_jp_tahunan"
            ]
        );
    }

    #[test]
    fn each_kind_of_asn_has_its_own_target_and_falls_back_to_the_general_one() {
        use crate::domain::enums::AsnKind::*;
        let conn = crate::db::open_in_memory().unwrap();
        assert_eq!(load(&conn).unwrap().jp_targets, JpTargets::uniform(20.0));
        conn.execute_batch(
            "UPDATE pengaturan SET nilai = '24' WHERE kunci = 'target_jp_tahunan';
             UPDATE pengaturan SET nilai = '12' WHERE kunci = 'target_jp_pppk';
             UPDATE pengaturan SET nilai = '0' WHERE kunci = 'target_jp_pppk_paruh_waktu';
             UPDATE pengaturan SET nilai = 'banyak' WHERE kunci = 'target_jp_cpns';
             DELETE FROM pengaturan WHERE kunci = 'target_jp_pns';",
        )
        .unwrap();
        let t = load(&conn).unwrap().jp_targets;
        // PNS: key gone, CPNS: unreadable → the general target (24).
        assert_eq!(
            [t.of(Pns), t.of(Cpns), t.of(Pppk), t.of(PppkParuhWaktu)],
            [24.0, 24.0, 12.0, 0.0]
        );
    }

    #[test]
    fn a_file_upgraded_to_per_kind_targets_keeps_its_general_target_for_every_kind() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for (i, m) in crate::db::schema::MIGRATIONS.iter().enumerate().take(5) {
            conn.execute_batch(m).unwrap();
            conn.pragma_update(None, "user_version", (i + 1) as i64)
                .unwrap();
        }
        conn.execute_batch("UPDATE pengaturan SET nilai = '24' WHERE kunci = 'target_jp_tahunan'")
            .unwrap();
        crate::db::migrate(&conn).unwrap();
        assert_eq!(load(&conn).unwrap().jp_targets, JpTargets::uniform(24.0));
    }
}
