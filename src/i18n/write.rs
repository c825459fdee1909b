//! Why a save was refused (`crate::db::write::WriteError`): one sentence for
//! the status line or a dialog, and a short text to show at the field a
//! constraint names. Dates are shown `dd-mm-yyyy HH:MM`.

use super::{Lang, T, pick};
use crate::db::write::{ConstraintKind, WriteError};

/// "2026-11-28T09:12:33" → "28-11-2026 09:12"; anything else as it is.
fn when(iso: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(iso, "%Y-%m-%dT%H:%M:%S")
        .map(|t| t.format("%d-%m-%Y %H:%M").to_string())
        .unwrap_or_else(|_| iso.to_string())
}

/// The name people know a column by; `None` for a column without one here.
pub fn column_label(column: &str) -> Option<T> {
    let t = match column {
        "nip" => T::new("NIP", "NIP"),
        "nik" => T::new("NIK", "NIK"),
        "nama" => T::new("Nama", "Name"),
        "gelar_depan" => T::new("Gelar depan", "Title before name"),
        "gelar_belakang" => T::new("Gelar belakang", "Degrees after name"),
        "jenis_kelamin" => T::new("Jenis kelamin", "Sex"),
        "tempat_lahir" => T::new("Tempat lahir", "Place of birth"),
        "tanggal_lahir" => T::new("Tanggal lahir", "Date of birth"),
        "jenis_asn" => T::new("Jenis ASN", "Kind of ASN"),
        "golongan" => T::new("Golongan", "Grade (golongan)"),
        "tmt_golongan" => T::new("TMT golongan", "Grade effective date"),
        "pendidikan_terakhir" => T::new("Pendidikan terakhir", "Highest education"),
        "program_studi" => T::new("Program studi", "Study programme"),
        "jenis_jabatan" => T::new("Jenis jabatan", "Kind of position"),
        "jenjang_jf" => T::new("Jenjang JF", "Functional level"),
        "nama_jabatan" => T::new("Nama jabatan", "Position title"),
        "unit_kerja_id" => T::new("Unit kerja", "Unit"),
        "tmt_pengangkatan" => T::new("TMT pengangkatan", "Appointment date"),
        "tmt_jabatan" => T::new("TMT jabatan", "Position effective date"),
        "status" => T::new("Status", "Status"),
        "tanggal_status" | "tanggal_mulai" => T::new("Tanggal status", "Status date"),
        "nomor_sk" => T::new("Nomor SK", "Decree number"),
        "keterangan" | "catatan" => T::new("Keterangan", "Note"),
        "email" => T::new("Email", "Email"),
        "telepon" => T::new("Telepon", "Phone"),
        "kode" => T::new("Kode", "Code"),
        "singkatan" => T::new("Singkatan", "Short name"),
        "jenis" => T::new("Jenis", "Kind"),
        "induk_id" => T::new("Unit induk", "Parent unit"),
        "urutan" => T::new("Urutan", "Order"),
        "aktif" => T::new("Aktif", "Active"),
        "definisi" => T::new("Definisi", "Definition"),
        "level" | "level_standar" | "level_aktual" => T::new("Level", "Level"),
        "deskripsi" => T::new("Deskripsi level", "Level description"),
        "indikator" => T::new("Indikator", "Indicators"),
        "kompetensi_id" => T::new("Kompetensi", "Competency"),
        "pegawai_id" => T::new("Pegawai", "Employee"),
        "tanggal" => T::new("Tanggal", "Date"),
        "metode" => T::new("Metode", "Method"),
        "penilai" => T::new("Penilai", "Assessor"),
        _ => return None,
    };
    Some(t)
}

/// The short text shown at the field a constraint error names ("sudah
/// dipakai pegawai lain"); `None` when the error names no field.
pub fn field_error(lang: Lang, e: &WriteError) -> Option<String> {
    if let WriteError::Rule { rule, .. } = e {
        return Some(super::rules::sentence(lang, rule));
    }
    let WriteError::Constraint {
        column: Some(column),
        kind,
    } = e
    else {
        return None;
    };
    let t = match (column.as_str(), kind) {
        ("nip" | "nik", ConstraintKind::Unique) => T::new(
            "sudah dipakai pegawai lain",
            "already used by another employee",
        ),
        ("kompetensi_id", ConstraintKind::Unique) => T::new(
            "standar kompetensi ini untuk jabatan ini sudah ada",
            "this position already has a standard for this competency",
        ),
        (_, ConstraintKind::Unique) => T::new("sudah dipakai", "already in use"),
        ("induk_id", ConstraintKind::Check) => T::new(
            "tidak boleh unit ini sendiri atau sub-unitnya",
            "cannot be this unit or one of its sub-units",
        ),
        (_, ConstraintKind::Check) => T::new("nilai tidak sah", "not a valid value"),
        (_, ConstraintKind::ForeignKey) => T::new(
            "tidak ada di daftar; pilih lagi",
            "not in the list; pick again",
        ),
        (_, ConstraintKind::NotNull) => T::new("wajib diisi", "required"),
    };
    Some(t.get(lang).to_string())
}

/// One sentence saying why nothing was saved and what to do.
pub fn write_error(lang: Lang, e: &WriteError) -> String {
    match e {
        WriteError::Conflict {
            changed_by: Some(by),
            changed_at,
        } => {
            let at = changed_at.as_deref().map(when);
            match at {
                Some(at) => pick(
                    lang,
                    format!(
                        "Data ini sudah diubah oleh {by} pada {at}; muat ulang lalu ulangi perubahan Anda."
                    ),
                    format!(
                        "{by} changed this record at {at}; reload it and make your change again."
                    ),
                ),
                None => pick(
                    lang,
                    format!(
                        "Data ini sudah diubah oleh {by}; muat ulang lalu ulangi perubahan Anda."
                    ),
                    format!("{by} changed this record; reload it and make your change again."),
                ),
            }
        }
        WriteError::Conflict { .. } => T::new(
            "Data ini sudah diubah sesi lain sejak dibuka; muat ulang lalu ulangi perubahan Anda.",
            "Another session changed this record since you opened it; reload it and make your change again.",
        )
        .get(lang)
        .to_string(),
        WriteError::NotFound => T::new(
            "Data ini sudah dihapus sesi lain; tutup formulir lalu muat ulang daftar.",
            "Another session deleted this record; close the form and reload the list.",
        )
        .get(lang)
        .to_string(),
        WriteError::HasHistory => T::new(
            "Data ini tidak dapat dihapus karena sudah punya riwayat atau dipakai data lain; ubah statusnya saja.",
            "This record cannot be deleted because it has history or other records use it; change its status instead.",
        )
        .get(lang)
        .to_string(),
        WriteError::InUse(uses) => in_use(lang, uses),
        WriteError::QuotaFull { quota } => pick(
            lang,
            format!("Kuota penuh: {quota} peserta sudah terdaftar. Naikkan kuota pelatihan atau catat peserta ini sebagai ditolak."),
            format!("The quota is full: {quota_n} are enrolled. Raise the training's quota or record this one as refused.", quota_n = super::en_count(quota, "participant", "participants")),
        ),
        WriteError::QuotaShort { quota, free, wanted } => pick(
            lang,
            format!("Kuota {quota} tidak cukup: tinggal {free} tempat untuk {wanted} pegawai; tidak ada yang ditambahkan. Persempit daftar dengan / atau naikkan kuota."),
            format!("The quota of {quota} is not enough: {free} places left for {wanted_n}; nobody was added. Narrow the list with / or raise the quota.", wanted_n = super::en_count(wanted, "person", "people")),
        ),
        WriteError::Rule { rule, .. } => super::rules::sentence(lang, rule),
        WriteError::Busy => T::new(
            "Berkas data sedang dikunci sesi lain terlalu lama; tidak ada yang berubah, coba simpan lagi sebentar lagi.",
            "Another session kept the data file locked too long; nothing changed, try saving again in a moment.",
        )
        .get(lang)
        .to_string(),
        WriteError::Sqlite(msg) => pick(
            lang,
            format!("Penyimpanan gagal ({msg}); tidak ada yang berubah."),
            format!("Saving failed ({msg}); nothing changed."),
        ),
        WriteError::Constraint { column, kind } => constraint(lang, column.as_deref(), *kind),
    }
}

fn constraint(lang: Lang, column: Option<&str>, kind: ConstraintKind) -> String {
    match (column, kind) {
        (Some("nip"), ConstraintKind::Unique) => T::new(
            "NIP ini sudah dipakai pegawai lain.",
            "This NIP is already used by another employee.",
        )
        .get(lang)
        .to_string(),
        (Some("nik"), ConstraintKind::Unique) => T::new(
            "NIK ini sudah dipakai pegawai lain.",
            "This NIK is already used by another employee.",
        )
        .get(lang)
        .to_string(),
        (Some("kompetensi_id"), ConstraintKind::Unique) => T::new(
            "Standar kompetensi ini untuk jabatan ini sudah ada; ubah baris yang ada.",
            "This position already has a standard for this competency; edit the existing row.",
        )
        .get(lang)
        .to_string(),
        (Some("kuota"), ConstraintKind::Check) => super::training_form::QUOTA_BELOW_ENROLLED
            .get(lang)
            .to_string(),
        (Some("kode"), ConstraintKind::Unique) => T::new(
            "Kode ini sudah dipakai; ketik kode lain atau kosongkan agar dibuat otomatis.",
            "This code is taken; type another or leave it empty to have one made.",
        )
        .get(lang)
        .to_string(),
        (Some("nama"), ConstraintKind::Unique) => T::new(
            "Nama ini sudah dipakai (huruf besar/kecil tidak dibedakan); isi nama lain.",
            "This name is already used (case ignored); enter another name.",
        )
        .get(lang)
        .to_string(),
        (Some("status_pelatihan"), ConstraintKind::Check) => T::new(
            "Status tidak dapat berubah begitu: maju rencana → pendaftaran → berjalan → selesai (boleh melompat), mundur satu langkah untuk koreksi, batal sebelum selesai; yang selesai tetap selesai, yang batal hanya kembali ke rencana.",
            "The status cannot change that way: forward plan → registration → under way → finished (steps may be skipped), one step back to correct, cancelled before finished; a finished training stays finished, a cancelled one only goes back to plan.",
        )
        .get(lang)
        .to_string(),
        (Some("jp_diakui"), ConstraintKind::Check) => T::new(
            "JP hanya diakui bagi peserta yang lulus atau selesai, pada pelatihan yang sudah berakhir dan tidak batal.",
            "JP are credited only to passed or completed participants of a training that has ended and was not cancelled.",
        )
        .get(lang)
        .to_string(),
        (Some("induk_id"), ConstraintKind::Check) => T::new(
            "Unit induk tidak boleh unit ini sendiri atau salah satu sub-unitnya; pilih unit lain.",
            "The parent unit cannot be this unit or one of its sub-units; pick another unit.",
        )
        .get(lang)
        .to_string(),
        (Some(c), kind) => {
            let name = column_label(c).map_or_else(|| c.to_string(), |t| t.get(lang).to_string());
            match kind {
                ConstraintKind::Unique => pick(
                    lang,
                    format!("{name} ini sudah dipakai data lain; isi nilai lain."),
                    format!("This {name} is already used by another record; enter another value."),
                ),
                ConstraintKind::Check => pick(
                    lang,
                    format!("Nilai {name} tidak sah; periksa isinya."),
                    format!("The {name} is not valid; check what was entered."),
                ),
                ConstraintKind::ForeignKey => pick(
                    lang,
                    format!("{name} yang dipilih tidak ada lagi; pilih lagi dari daftar."),
                    format!("The chosen {name} no longer exists; pick it again from the list."),
                ),
                ConstraintKind::NotNull => pick(
                    lang,
                    format!("{name} wajib diisi."),
                    format!("{name} is required."),
                ),
            }
        }
        (None, ConstraintKind::ForeignKey) => T::new(
            "Data yang dirujuk tidak ada lagi; pilih lagi dari daftar.",
            "A record this one refers to no longer exists; pick it again from the list.",
        )
        .get(lang)
        .to_string(),
        (None, _) => T::new(
            "Isian melanggar aturan data; periksa isian lalu simpan lagi.",
            "A value breaks a data rule; check the values and save again.",
        )
        .get(lang)
        .to_string(),
    }
}

/// The noun for rows of `table` that use a record (`3 perjanjian`).
fn uses_noun(lang: Lang, table: &str) -> &'static str {
    let t = match table {
        "pegawai" => T::new("pegawai", "employees"),
        "unit_kerja" => T::new("sub-unit", "sub-units"),
        "kerja_sama" => T::new("perjanjian", "agreements"),
        "magang" => T::new("magang", "internships"),
        "penilaian_kompetensi" => T::new("penilaian", "assessments"),
        "standar_kompetensi" => T::new("standar", "standards"),
        "pelatihan_kompetensi" => T::new("pelatihan", "trainings"),
        "pelatihan" => T::new("pelatihan", "trainings"),
        "rencana_pengembangan" => T::new("rencana pengembangan", "development plans"),
        "peserta_pelatihan" => T::new("peserta pelatihan", "enrolments"),
        "monitoring_pasca_pelatihan" => {
            T::new("tindak lanjut pasca pelatihan", "post-training follow-ups")
        }
        _ => T::new("data lain", "other records"),
    };
    t.get(lang)
}

/// A delete refused while other rows use the record, saying how many.
fn in_use(lang: Lang, uses: &[(&'static str, i64)]) -> String {
    let and = T::new(" dan ", " and ").get(lang);
    let list: Vec<String> = uses
        .iter()
        .map(|(table, n)| format!("{n} {}", uses_noun(lang, table)))
        .collect();
    let list = match list.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    };
    pick(
        lang,
        format!("Tidak dihapus: masih dipakai {list}. Hapus atau pindahkan itu dulu."),
        format!("Not deleted: still used by {list}. Delete or move those first."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_names_who_and_when_in_both_languages() {
        let e = WriteError::Conflict {
            changed_by: Some("budi (10.0.0.5)".into()),
            changed_at: Some("2026-11-28T09:12:33".into()),
        };
        assert_eq!(
            write_error(Lang::Id, &e),
            "Data ini sudah diubah oleh budi (10.0.0.5) pada 28-11-2026 09:12; muat ulang lalu ulangi perubahan Anda."
        );
        assert!(
            write_error(Lang::En, &e)
                .starts_with("budi (10.0.0.5) changed this record at 28-11-2026 09:12")
        );
    }

    #[test]
    fn duplicate_nip_is_one_sentence_and_a_field_text() {
        let e = WriteError::constraint("nip", ConstraintKind::Unique);
        assert_eq!(
            write_error(Lang::Id, &e),
            "NIP ini sudah dipakai pegawai lain."
        );
        assert_eq!(
            field_error(Lang::En, &e).as_deref(),
            Some("already used by another employee")
        );
        assert_eq!(field_error(Lang::Id, &WriteError::Busy), None);
    }

    #[test]
    fn generic_constraints_use_the_column_label() {
        let e = WriteError::constraint("unit_kerja_id", ConstraintKind::ForeignKey);
        assert!(write_error(Lang::Id, &e).starts_with("Unit kerja yang dipilih"));
        let e = WriteError::constraint("kolom_aneh", ConstraintKind::NotNull);
        assert_eq!(write_error(Lang::En, &e), "kolom_aneh is required.");
    }
}
