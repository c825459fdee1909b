//! Texts of the partnership forms of tab 3 (issue 9): agreements (MoU / PKS),
//! student internships, logbook entries and the final evaluations.

use super::{Lang, T, pick};

// ---------------------------------------------------------------- agreement
pub const FORM_NEW_AGREEMENT: T = T::new("Perjanjian baru", "New agreement");
pub const FORM_EDIT_AGREEMENT: T = T::new("Ubah perjanjian", "Edit agreement");
pub const AF_PARTNER: T = T::new("Mitra", "Partner");
pub const AF_DOC: T = T::new("Jenis dokumen", "Document");
pub const AF_PARENT: T = T::new("MoU induk", "Parent MoU");
pub const AH_PARENT: T = T::new(
    "Untuk PKS: Kesepakatan Bersama (MoU) mitra yang sama; PKS tidak boleh melampauinya.",
    "For a PKS: the master agreement (MoU) of the same partner; a PKS cannot outlive it.",
);
pub const AF_NUMBER: T = T::new("Nomor Pemko", "City's number");
pub const AH_NUMBER: T = T::new(
    "Nomor dokumen dari pihak Pemko; unik.",
    "The document number on the city's side; unique.",
);
pub const AF_PARTNER_NUMBER: T = T::new("Nomor mitra", "Partner's number");
pub const AF_ABOUT: T = T::new("Tentang", "Title");
pub const AF_SCOPE: T = T::new("Ruang lingkup", "Scope");
pub const AF_SIGNED: T = T::new("Tanggal tanda tangan", "Signed on");
pub const AF_START: T = T::new("Berlaku mulai", "In force from");
pub const AF_END: T = T::new("Berlaku sampai", "In force until");
pub const AF_SIGNER_CITY: T = T::new("Penandatangan Pemko", "City's signatory");
pub const AF_SIGNER_PARTNER: T = T::new("Penandatangan mitra", "Partner's signatory");
pub const AF_UNIT: T = T::new("Unit pelaksana", "Carried out by unit");
pub const AF_LIFECYCLE: T = T::new("Status dokumen", "Document status");
pub const AH_LIFECYCLE: T = T::new(
    "Aktif / akan berakhir / kedaluwarsa dihitung dari tanggal; di sini hanya draf, ditandatangani, diperpanjang, diakhiri.",
    "Active / expiring / expired follow from the dates; here only draft, signed, renewed, terminated.",
);
pub const AF_RENEWS: T = T::new("Perpanjangan dari", "Renews");
pub const AH_RENEWS: T = T::new(
    "Perjanjian lama yang diperpanjang dokumen ini (r pada daftar mengisinya).",
    "The earlier agreement this one renews (r on the list fills it in).",
);
pub const AF_NOTE: T = T::new("Catatan", "Notes");

/// The title of a renewal form.
pub fn title_renewal(lang: Lang, number: &str) -> String {
    pick(
        lang,
        format!("Perpanjangan {number}"),
        format!("Renewal of {number}"),
    )
}

/// The end date typed is before the start.
pub fn end_before_start(lang: Lang, start: &str, end: &str) -> String {
    pick(
        lang,
        format!("Berakhir {end} sebelum mulai {start}; periksa kedua tanggal."),
        format!("Ends {end} before it starts {start}; check both dates."),
    )
}

pub const PKS_WITHOUT_PARENT: T = T::new(
    "PKS harus punya MoU induk; pilih MoU mitra yang sama.",
    "A PKS needs its parent MoU; pick an MoU of the same partner.",
);
pub const MOU_WITH_PARENT: T = T::new(
    "MoU tidak punya induk; kosongkan atau pilih jenis PKS.",
    "An MoU has no parent; clear it or choose PKS.",
);
pub const SIGNED_AFTER_END: T = T::new(
    "Ditandatangani setelah masa berlakunya berakhir.",
    "Signed after it ended.",
);

// ---------------------------------------------------------------- internship
pub const FORM_NEW_INTERN: T = T::new("Magang baru", "New internship");
pub const FORM_EDIT_INTERN: T = T::new("Ubah magang", "Edit internship");
pub const IF_NAME: T = T::new("Nama mahasiswa", "Student's name");
pub const IF_NIM: T = T::new("NIM", "Student number (NIM)");
pub const IH_NIM: T = T::new(
    "Format menurut kampus; unik per kampus.",
    "As the campus writes it; unique per campus.",
);
pub const IF_SEX: T = T::new("Jenis kelamin", "Sex");
pub const IF_PROGRAMME: T = T::new("Program studi", "Study programme");
pub const IF_LEVEL: T = T::new("Jenjang", "Level");
pub const IF_SEMESTER: T = T::new("Semester", "Semester");
pub const IF_SCHEME: T = T::new("Skema", "Scheme");
pub const IF_CAMPUS: T = T::new("Kampus", "Campus");
pub const IH_CAMPUS: T = T::new(
    "Perguruan tinggi mitra; ketik nama atau singkatan.",
    "The partner university; type its name or short name.",
);
pub const IF_AGREEMENT: T = T::new("Perjanjian", "Agreement");
pub const IH_AGREEMENT: T = T::new(
    "MoU/PKS kampus ini yang berlaku selama seluruh masa magang.",
    "This campus's MoU/PKS in force for the whole internship.",
);
pub const IF_UNIT: T = T::new("Unit penempatan", "Host unit");
pub const IF_MENTOR: T = T::new("Pembimbing lapangan", "Field mentor");
pub const IH_MENTOR: T = T::new(
    "Pejabat unit penempatan yang bertugas: ketik nama, NIP atau unit (mis. bkpsdm); \"bimbing 2\" = mahasiswa yang sedang dibimbingnya.",
    "An official of the host unit in service: type a name, NIP or unit (e.g. bkpsdm); \"mentors 2\" = interns they mentor now.",
);
pub const IF_SUPERVISOR: T = T::new("Dosen pembimbing", "Academic supervisor");
pub const IF_REQUEST_NO: T = T::new("No. surat permohonan", "Request letter no.");
pub const IF_REQUEST_DATE: T = T::new("Tgl surat permohonan", "Request letter date");
pub const IF_REPLY_NO: T = T::new("No. surat balasan", "Reply letter no.");
pub const IF_REPLY_DATE: T = T::new("Tgl surat balasan", "Reply letter date");
pub const IF_START: T = T::new("Mulai", "Starts");
pub const IF_END: T = T::new("Selesai", "Ends");
pub const IF_STATUS: T = T::new("Status", "Status");
pub const IH_STATUS: T = T::new(
    "diajukan → diterima/ditolak → berjalan → selesai/batal.",
    "requested → accepted/refused → running → finished/cancelled.",
);
pub const IF_SCORE: T = T::new("Nilai akhir", "Final score");
pub const IF_DONE_LETTER: T = T::new("No. surat ket. selesai", "Completion letter no.");
pub const REPLY_BEFORE_REQUEST: T = T::new(
    "Surat balasan bertanggal sebelum surat permohonan.",
    "The reply letter is dated before the request.",
);
pub const SCORE_BEFORE_END: T = T::new(
    "Nilai akhir diisi setelah magang selesai (status selesai).",
    "The final score comes once the internship is finished (status finished).",
);

/// A mentor offered by the lookup: the interns mentored now first (the
/// detail is cut at the right on narrow screens), then unit and NIP.
pub fn mentor_detail(lang: Lang, nip: &str, unit: &str, load: i64) -> String {
    pick(
        lang,
        format!("bimbing {load} · {unit} · {nip}"),
        format!("mentors {load} · {unit} · {nip}"),
    )
}

/// The internship's end typed before its start.
pub fn intern_end_before_start(lang: Lang, start: &str, end: &str) -> String {
    pick(
        lang,
        format!("Selesai {end} sebelum mulai {start}; periksa kedua tanggal."),
        format!("Ends {end} before it starts {start}; check both dates."),
    )
}

// ---------------------------------------------------------------- logbook
pub const FORM_NEW_LOG: T = T::new("Entri logbook baru", "New logbook entry");
pub const FORM_EDIT_LOG: T = T::new("Ubah entri logbook", "Edit logbook entry");
pub const LF_DATE: T = T::new("Tanggal", "Date");
pub const LH_DATE: T = T::new(
    "Dalam masa magang; satu entri per hari (biasanya satu per minggu).",
    "Within the internship; one entry a day (usually one a week).",
);
pub const LF_ACTIVITY: T = T::new("Kegiatan", "Activity");
pub const LF_OUTPUT: T = T::new("Hasil", "Output");
pub const LF_REMARK: T = T::new("Catatan pembimbing", "Mentor's remark");

/// "Logbook Cut Nurul (2201…)".
pub fn log_title(lang: Lang, new: bool, student: &str) -> String {
    match (new, lang) {
        (true, Lang::Id) => format!("Entri logbook baru · {student}"),
        (true, Lang::En) => format!("New logbook entry · {student}"),
        (false, Lang::Id) => format!("Ubah logbook · {student}"),
        (false, Lang::En) => format!("Edit logbook · {student}"),
    }
}

// ---------------------------------------------------------------- feedback
pub const FF_DATE: T = T::new("Tanggal evaluasi", "Evaluation date");
pub const FF_SCORE: T = T::new("Nilai dari pembimbing", "Mentor's score");
pub const FH_SCORE: T = T::new("0–100.", "0–100.");
pub const FF_MENTOR_REMARKS: T = T::new("Catatan pembimbing", "Mentor's remarks");
pub const FH_MENTOR_REMARKS: T = T::new(
    "Evaluasi pembimbing atas mahasiswa: kekuatan, yang perlu dikembangkan.",
    "The mentor on the student: strengths, what to develop.",
);
pub const FF_WORKED: T = T::new("Yang berjalan baik", "What worked");
pub const FH_WORKED: T = T::new(
    "Menurut mahasiswa: apa yang baik di unit ini.",
    "The student: what worked well at the unit.",
);
pub const FF_SUGGESTION: T = T::new("Saran untuk unit", "Suggestion for the unit");
pub const FH_SUGGESTION: T = T::new(
    "Menurut mahasiswa: apa yang dapat diperbaiki unit (cara pandang segar).",
    "The student: what the unit could do better (a fresh perspective).",
);

/// "Evaluasi akhir · Cut Nurul".
pub fn feedback_title(lang: Lang, student: &str) -> String {
    pick(
        lang,
        format!("Evaluasi akhir magang · {student}"),
        format!("Final evaluation · {student}"),
    )
}

/// What the delete question names: "logbook Cut Nurul 04-09-2026".
pub fn entry_name(lang: Lang, student: &str, date: &str) -> String {
    pick(
        lang,
        format!("entri logbook {student} tanggal {date}"),
        format!("the logbook entry of {student} on {date}"),
    )
}
