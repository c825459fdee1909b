//! Settings stored in `pengaturan` (key/value rows).

use super::model::Settings;
use crate::domain::agreement::DEFAULT_WARN_DAYS;
use crate::domain::dates::parse_iso;
use crate::domain::jp::{DEFAULT_MINUTES_PER_JP, DEFAULT_TARGET_JP};
use rusqlite::Connection;

/// Key of the minutes-per-JP setting.
pub const KEY_MINUTES_PER_JP: &str = "menit_per_jp";
/// Key of the yearly JP target.
pub const KEY_TARGET_JP: &str = "target_jp_tahunan";
/// Key of the agreement warning window (days).
pub const KEY_WARN_DAYS: &str = "hari_peringatan_perjanjian";
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
pub fn load(conn: &Connection) -> rusqlite::Result<Settings> {
    let mut s = Settings {
        minutes_per_jp: DEFAULT_MINUTES_PER_JP,
        target_jp: DEFAULT_TARGET_JP,
        warn_days: DEFAULT_WARN_DAYS,
        retirement_months: DEFAULT_RETIREMENT_MONTHS,
        reference_date: None,
    };
    for (key, value) in all(conn)? {
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
                if let Ok(n) = v.parse::<f64>()
                    && n.is_finite()
                    && n >= 0.0
                {
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
            KEY_RETIREMENT_MONTHS => {
                if let Ok(n) = v.parse::<u32>()
                    && (1..=120).contains(&n)
                {
                    s.retirement_months = n;
                }
            }
            KEY_REFERENCE_DATE => s.reference_date = parse_iso(v),
            _ => {}
        }
    }
    Ok(s)
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
        assert_eq!(s.reference_date, NaiveDate::from_ymd_opt(2024, 6, 30));
        let keys: Vec<String> = all(&conn).unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "bulan_peringatan_pensiun",
                "menit_per_jp",
                "tanggal_acuan",
                "target_jp_tahunan"
            ]
        );
    }
}
