//! Texts of competency development (issue 8 items 5–6): the recommendations
//! and the development plan in the employee detail, the plan-line form, the
//! employees a training helps most, and the ranking rule on the help screen.

use super::{Lang, T, pick};
use crate::domain::recommend::Candidates;

// ------------------------------------------------------------ the rule

pub const HELP_RULE_TITLE: T = T::new("Urutan rekomendasi", "How recommendations are ranked");
/// The rule of `domain::recommend`, word for word the same both ways.
pub const HELP_RULE: T = T::new(
    "Pelatihan direkomendasikan bila belum batal/selesai dan mulai setelah tanggal acuan (atau \
     sedang pendaftaran), pegawai masih aktif dan belum terdaftar di dalamnya, pelatihan itu \
     terbuka baginya (Latsar hanya CPNS, PKP pengawas, PKA administrator, PKN II JPT pratama, \
     PKN I JPT madya), dan menyasar kompetensi yang level penilaian terakhirnya di bawah standar \
     jabatan (kompetensi yang belum dinilai belum dihitung). Urutan: 1) kesenjangan terbesar \
     pada kompetensi sasaran pelatihan; 2) jumlah kesenjangan yang ditutupnya; 3) JP yang masih \
     kurang tahun ini; 4) mulai lebih awal; 5) kode pelatihan, atau nama lalu NIP pegawai.",
    "A training is recommended when it is not cancelled or finished and starts after the \
     reference date (or is open for registration), the employee is in service and not enrolled \
     in it, it is open to them (Latsar only CPNS, PKP pengawas, PKA administrators, PKN II JPT \
     pratama, PKN I JPT madya), and it targets a competency whose latest assessed level is below \
     the position's standard (competencies never assessed do not count yet). Order: 1) the \
     largest gap on a competency the training targets; 2) the sum of the gaps it addresses; \
     3) the JP still missing this year; 4) the earlier start; 5) the training code, or the \
     employee's name then NIP.",
);

/// The rule in one line, over the list of those who need a training.
pub const HELP_RULE_SHORT: T = T::new(
    "Urutan: kesenjangan terbesar, jumlah kesenjangan, JP kurang; ? aturannya",
    "Order: largest gap, sum of gaps, JP still missing; ? gives the rule",
);

// ------------------------------------------------------------ employee detail

pub const DETAIL_RECOMMENDATIONS: T = T::new("Rekomendasi pelatihan", "Recommended trainings");
/// After a recommendation already in the plan.
pub const IN_PLAN: T = T::new("✓ di rencana", "✓ planned");
pub const DETAIL_PLAN: T = T::new("Rencana pengembangan", "Development plan");
pub const NO_RECOMMENDATION: T = T::new(
    "  (tidak ada pelatihan mendatang untuk kesenjangan yang sudah dinilai)",
    "  (no upcoming training for the assessed gaps)",
);
pub const NO_PLAN: T = T::new(
    "  (belum ada; t mengisi dari rekomendasi, r lalu n menambah baris)",
    "  (none yet; t fills it from the recommendations, r then n adds a line)",
);
pub const LOADING_DEVELOPMENT: T = T::new("  memuat…", "  loading…");

/// "kurang 8 JP di 2026" / "JP 2026 terpenuhi": the JP part of the reason.
pub fn jp_missing(lang: Lang, year: i32, missing: &str) -> String {
    if missing == "0" {
        pick(
            lang,
            format!("target JP {year} terpenuhi"),
            format!("{year} JP target met"),
        )
    } else {
        pick(
            lang,
            format!("kurang {missing} JP di {year}"),
            format!("{missing} JP still missing in {year}"),
        )
    }
}

/// The heading of the recommendations: "Rekomendasi pelatihan (3 dari 5;
/// kurang 8 JP di 2026)".
pub fn recommendations_head(lang: Lang, shown: usize, total: usize, jp: &str) -> String {
    let title = DETAIL_RECOMMENDATIONS.get(lang);
    if shown < total {
        pick(
            lang,
            format!("{title} ({shown} teratas dari {total}; {jp})"),
            format!("{title} (top {shown} of {total}; {jp})"),
        )
    } else {
        format!("{title} ({jp})")
    }
}

/// The reason under a recommendation: "M.01 Integritas ▼2 (standar 3,
/// aktual 1)".
pub fn gap_reason(
    lang: Lang,
    code: &str,
    name: &str,
    gap: i32,
    standard: u8,
    actual: u8,
) -> String {
    pick(
        lang,
        format!("{code} {name} ▼{gap} (standar {standard}, aktual {actual})"),
        format!("{code} {name} ▼{gap} (standard {standard}, actual {actual})"),
    )
}

/// "Rencana pengembangan 2026 dst. — 2026: 48 JP direncanakan".
pub fn plan_head(lang: Lang, year: i32, planned: &str, earlier: i64) -> String {
    let title = DETAIL_PLAN.get(lang);
    let before = if earlier > 0 {
        pick(
            lang,
            format!(" ({earlier} baris tahun sebelumnya tidak ditampilkan)"),
            format!(" ({earlier} lines of earlier years not shown)"),
        )
    } else {
        String::new()
    };
    pick(
        lang,
        format!("{title} {year} dst. — {year}: {planned} JP direncanakan{before}"),
        format!("{title} {year} on — {year}: {planned} JP planned{before}"),
    )
}

pub const COL_YEAR: T = T::new("Thn", "Year");
pub const COL_ACTIVITY: T = T::new("Kegiatan", "Activity");
pub const COL_PRIORITY: T = T::new("Prioritas", "Priority");
pub const PLAN_FOCUS_HINT: T = T::new(
    "  ↑↓ pilih baris · n baru · e ubah · d hapus · t +rekomendasi · Esc selesai",
    "  ↑↓ pick a line · n new · e edit · d delete · t +recommended · Esc done",
);

// ------------------------------------------------------------ keys

pub const KEY_PLAN: T = T::new("r", "r");
pub const DO_PLAN: T = T::new("rencana", "plan");
pub const DO_PLAN_LONG: T = T::new(
    "pilih baris rencana pengembangan (lalu n baru, e ubah, d hapus; Esc kembali ke rincian)",
    "pick a line of the development plan (then n new, e edit, d delete; Esc back to the details)",
);
pub const KEY_FILL: T = T::new("t", "t");
pub const DO_FILL: T = T::new("+rekomendasi", "+recommended");
pub const DO_FILL_LONG: T = T::new(
    "masukkan rekomendasi teratas yang belum ada ke rencana (satu baris tiap tekan)",
    "add the best recommendation not yet planned to the plan (one line per press)",
);
pub const KEY_ADD_SHOWN: T = T::new("a", "a");
pub const DO_ADD_SHOWN: T = T::new("tambah semua", "add all");
pub const DO_ADD_SHOWN_LONG: T = T::new(
    "daftarkan semua pegawai yang tampil sebagai peserta (diusulkan; sumber AKPK dari daftar kesenjangan, OPD dari yang lain); persempit dulu dengan / (mis. nama unit); ditanya dulu, kuota ditaati",
    "enroll every employee shown as a participant (proposed; source AKPK from the gaps list, OPD from the others); narrow first with / (e.g. a unit's name); asked first, the quota holds",
);
pub const NOBODY_SHOWN: T = T::new(
    "Tidak ada pegawai yang tampil untuk ditambahkan.",
    "Nobody is shown to add.",
);

/// The question before `a` enrolls the people shown.
pub fn ask_add_shown(
    lang: Lang,
    count: usize,
    training: &str,
    filter: &str,
    source: &str,
) -> String {
    let narrowed = if filter.is_empty() {
        String::new()
    } else {
        pick(
            lang,
            format!(" (saringan \"{filter}\")"),
            format!(" (filter \"{filter}\")"),
        )
    };
    pick(
        lang,
        format!(
            "Daftarkan {count} pegawai yang tampil{narrowed} sebagai peserta {training}? Status diusulkan, sumber {source}. (y/n)"
        ),
        format!(
            "Enroll the {count_n} shown{narrowed} in {training}? Status proposed, source {source}. (y/n)",
            count_n = super::en_count(count, "employee", "employees")
        ),
    )
}

/// What `a` did.
pub fn added_shown(lang: Lang, count: usize, training: &str) -> String {
    pick(
        lang,
        format!("{count} pegawai ditambahkan sebagai peserta {training} (diusulkan)."),
        format!(
            "{count_n} enrolled in {training} (proposed).",
            count_n = super::en_count(count, "employee", "employees")
        ),
    )
}

pub const DO_PICK_LINE: T = T::new("pilih baris", "pick line");
pub const DO_NEW_LINE_LONG: T = T::new(
    "baris rencana baru (Ctrl-N di formulir: simpan lalu isi yang berikutnya)",
    "new plan line (Ctrl-N in the form: save and start the next one)",
);
pub const DO_EDIT_LINE_LONG: T =
    T::new("ubah baris rencana terpilih", "edit the selected plan line");
pub const DO_DELETE_LINE_LONG: T = T::new(
    "hapus baris rencana terpilih (ditanya y/n)",
    "delete the selected plan line (asks y/n)",
);
pub const DO_PLAN_DONE: T = T::new("selesai", "done");
pub const DO_PLAN_DONE_LONG: T = T::new(
    "kembali ke rincian pegawai",
    "back to the employee's details",
);

// ------------------------------------------------------------ messages

/// "Masuk rencana 2027: Pelatihan Kepemimpinan Pengawas (PKP)".
pub fn added_to_plan(lang: Lang, year: i64, name: &str) -> String {
    pick(
        lang,
        format!("Masuk rencana {year}: {name}"),
        format!("Added to the {year} plan: {name}"),
    )
}
pub const NOTHING_TO_ADD: T = T::new(
    "Semua pelatihan yang direkomendasikan sudah ada di rencana.",
    "Every recommended training is in the plan already.",
);
pub const NO_RECOMMENDATION_TO_ADD: T = T::new(
    "Tidak ada rekomendasi untuk dimasukkan (lihat ? untuk aturannya).",
    "No recommendation to add (? explains the rule).",
);
pub const STILL_LOADING: T = T::new(
    "Rencana dan rekomendasi masih dimuat; coba lagi sebentar.",
    "The plan and recommendations are still loading; try again in a moment.",
);
pub const NO_PLAN_LINE: T = T::new(
    "Belum ada baris rencana; n menambah satu.",
    "No plan line yet; n adds one.",
);

// ------------------------------------------------------------ plan-line form

/// "Rencana pengembangan: Rahmi Safitri".
pub fn plan_title(lang: Lang, name: &str, new: bool) -> String {
    match (new, name.is_empty()) {
        (true, false) => pick(
            lang,
            format!("Rencana pengembangan baru: {name}"),
            format!("New development plan line: {name}"),
        ),
        (true, true) => pick(
            lang,
            "Rencana pengembangan baru".into(),
            "New development plan line".into(),
        ),
        (false, false) => pick(
            lang,
            format!("Ubah rencana pengembangan: {name}"),
            format!("Edit development plan line: {name}"),
        ),
        (false, true) => pick(
            lang,
            "Ubah rencana pengembangan".into(),
            "Edit development plan line".into(),
        ),
    }
}
pub const PF_YEAR: T = T::new("Tahun", "Year");
pub const PF_COMPETENCY: T = T::new("Kompetensi", "Competency");
pub const PH_COMPETENCY: T = T::new(
    "Kompetensi yang dikembangkan; ketik kode atau nama.",
    "The competency developed; type its code or name.",
);
pub const PF_GAP: T = T::new("Kesenjangan (level)", "Gap (levels)");
pub const PH_GAP: T = T::new(
    "Standar dikurangi level terakhir saat direncanakan (0–4).",
    "Standard minus the latest level when planned (0–4).",
);
pub const PF_ACTIVITY: T = T::new("Kegiatan pengembangan", "Development activity");
pub const PH_ACTIVITY: T = T::new(
    "Mis. Bimtek Penyusunan SKP, Coaching oleh atasan langsung.",
    "E.g. a bimtek, coaching by the direct superior.",
);
pub const PF_JP: T = T::new("JP direncanakan", "Planned JP");
pub const PF_PRIORITY: T = T::new("Prioritas", "Priority");
pub const PF_STATUS: T = T::new("Status", "Status");
pub const PH_STATUS: T = T::new(
    "Terlaksana = sudah dilaksanakan (juga tampil ✓ bila pelatihannya sudah diselesaikan).",
    "Done = carried out (✓ also shows once the linked training is completed).",
);
pub const PF_TRAINING: T = T::new("Pelatihan", "Training");
pub const PH_TRAINING: T = T::new(
    "Boleh kosong; pelatihan katalog yang memenuhinya (kode atau nama).",
    "May stay empty; the catalogue training that fulfils it (code or name).",
);

// ------------------------------------------------------------ tab 2

pub const SUB_PARTICIPANTS: T = T::new("Peserta", "Participants");
pub const SUB_NEEDS: T = T::new("Paling membutuhkan", "Need it most");
pub const DO_SUB_NEEDS: T = T::new("Peserta·Membutuhkan", "Participants·Need it");
pub const DO_SUB_NEEDS_LONG: T = T::new(
    "peserta pelatihan / pegawai yang paling membutuhkannya (urutan: lihat di bawah)",
    "the training's participants / the employees who need it most (order: see below)",
);
pub const DO_BACK_PARTICIPANTS: T = T::new("peserta", "participants");
pub const DO_BACK_PARTICIPANTS_LONG: T = T::new(
    "kembali ke peserta pelatihan",
    "back to the training's participants",
);
pub const COL_NEED: T = T::new("Kesenjangan", "Gap");
pub const COL_JP_MISSING: T = T::new("Kurang", "Missing");
pub const NEEDS_NONE: T = T::new(
    "Tidak ada pegawai aktif yang belum terdaftar dengan kesenjangan pada kompetensi sasaran pelatihan ini.",
    "No employee in service and not enrolled has a gap on a competency this training targets.",
);
pub const NEEDS_CLOSED: T = T::new(
    "Sudah tidak dibuka (batal/selesai/berjalan): daftar ini hanya informasi.",
    "No longer open (cancelled/finished/under way): for information only.",
);
/// "Paling membutuhkan: Bimtek …" (the count is in the status line).
pub fn needs_title(lang: Lang, name: &str) -> String {
    candidates_title(lang, Candidates::Gaps, name)
}

/// The title of a training's list of candidates.
pub fn candidates_title(lang: Lang, source: Candidates, name: &str) -> String {
    let (id, en) = match source {
        Candidates::Gaps => ("Paling membutuhkan", "Need it most"),
        Candidates::UnderTarget => ("Belum mencapai target JP", "Under their JP target"),
        Candidates::All => ("Semua pegawai aktif", "Everyone in service"),
    };
    pick(lang, format!("{id}: {name}"), format!("{en}: {name}"))
}

/// The line under the title: how the list is ordered (`v` for the others).
pub fn candidates_rule(source: Candidates) -> T {
    match source {
        Candidates::Gaps => HELP_RULE_SHORT,
        Candidates::UnderTarget => T::new(
            "Urutan: JP kurang terbanyak, lalu kesenjangan; v daftar lain",
            "Order: most JP missing, then gaps; v another list",
        ),
        Candidates::All => T::new(
            "Urutan: unit, nama; / nama unit menyaring satu unit; v daftar lain",
            "Order: unit, name; / a unit's name narrows to it; v another list",
        ),
    }
}

/// The line of an empty list.
pub fn candidates_none(source: Candidates) -> T {
    match source {
        Candidates::Gaps => NEEDS_NONE,
        Candidates::UnderTarget => T::new(
            "Semua pegawai aktif yang belum terdaftar sudah mencapai target JP tahun ini.",
            "Everyone in service and not enrolled has met this year's JP target.",
        ),
        Candidates::All => T::new(
            "Tidak ada pegawai aktif yang belum terdaftar dan boleh mengikuti pelatihan ini.",
            "Nobody in service and not enrolled may take this training.",
        ),
    }
}

pub const KEY_CANDIDATES: T = T::new("v", "v");
pub const DO_CANDIDATES: T = T::new("daftar lain", "other list");
pub const DO_CANDIDATES_LONG: T = T::new(
    "ganti daftar calon peserta: yang membutuhkan (kesenjangan) → belum mencapai target JP → semua pegawai aktif (saring satu unit dengan /)",
    "switch the list of candidates: those who need it (gaps) → under their JP target → everyone in service (narrow to a unit with /)",
);
