//! Texts of the employee form (labels, help lines, messages).

use super::{Lang, T, pick};

// Employee form.
pub const FORM_NEW_EMPLOYEE: T = T::new("Pegawai baru", "New employee");
pub const FORM_EDIT_EMPLOYEE: T = T::new("Ubah data pegawai", "Edit employee");
pub const EF_NIP: T = T::new("NIP / NI PPPK", "NIP / NI PPPK");
pub const EF_ASN: T = T::new("Jenis ASN", "Kind of ASN");
pub const EF_NAME: T = T::new("Nama (tanpa gelar)", "Name (no degrees)");
pub const EF_TITLE_FRONT: T = T::new("Gelar depan", "Title before");
pub const EF_TITLE_BACK: T = T::new("Gelar belakang", "Degrees after");
pub const EF_GENDER: T = T::new("Jenis kelamin", "Sex");
pub const EF_BIRTH_PLACE: T = T::new("Tempat lahir", "Place of birth");
pub const EF_BIRTH_DATE: T = T::new("Tanggal lahir", "Date of birth");
pub const EF_NIK: T = T::new("NIK", "NIK");
pub const EF_EDUCATION: T = T::new("Pendidikan terakhir", "Education");
pub const EF_STUDY: T = T::new("Program studi", "Study programme");
pub const EF_GOLONGAN: T = T::new("Golongan", "Grade");
pub const EF_TMT_GOLONGAN: T = T::new("TMT golongan", "Grade since");
pub const EF_POSITION_KIND: T = T::new("Jenis jabatan", "Position kind");
pub const EF_JF_LEVEL: T = T::new("Jenjang JF", "JF level");
pub const EF_POSITION: T = T::new("Nama jabatan", "Position title");
pub const EF_UNIT: T = T::new("Unit kerja", "Unit");
pub const EF_TMT: T = T::new("TMT pengangkatan", "Appointed on");
pub const EF_TMT_POSITION: T = T::new("TMT jabatan", "In position since");
pub const EF_EMAIL: T = T::new("Email", "Email");
pub const EF_PHONE: T = T::new("Telepon", "Phone");
pub const EH_NIP: T = T::new(
    "18 digit, spasi boleh: lahir 8, TMT 6, kelamin 1, urut 3 → isi lahir/kelamin/TMT",
    "18 digits, spaces ok: birth 8, TMT 6, sex 1, sequence 3 — fills birth, sex, TMT",
);
pub const EH_ASN: T = T::new(
    "PNS/CPNS ber-NIP; PPPK ber-NI PPPK (digit 13–14 bukan bulan). ←/→ atau ketik.",
    "PNS/CPNS have a NIP; PPPK an NI PPPK (digits 13–14 not a month). ←/→ or type.",
);
pub const EH_NAME: T = T::new(
    "Nama sesuai SK, tanpa gelar.",
    "Name as in the decree, without degrees.",
);
pub const EH_TITLE_BACK: T = T::new(
    "Contoh: S.E., M.Si. (huruf, titik, koma, spasi)",
    "E.g. S.E., M.Si. (letters, dots, commas, spaces)",
);
pub const EH_TITLE_FRONT: T = T::new(
    "Contoh: Drs., Ir., dr. (huruf, titik, koma, spasi)",
    "E.g. Drs., Ir., dr. (letters, dots, commas, spaces)",
);
pub const DEGREE_CHARS: T = T::new(
    "gelar hanya huruf, titik, koma dan spasi",
    "degrees take only letters, dots, commas and spaces",
);
pub const PHONE_CHARS: T = T::new(
    "telepon hanya angka, +, - dan spasi",
    "phone numbers take only digits, +, - and spaces",
);
pub const EH_DATE: T = T::new(
    "Ketik dd-mm-yyyy, dd/mm/yyyy, ddmmyyyy atau yyyy-mm-dd.",
    "Type dd-mm-yyyy, dd/mm/yyyy, ddmmyyyy or yyyy-mm-dd.",
);
pub const EH_NIK: T = T::new(
    "16 digit; tanggal lahir perempuan + 40. Kosongkan bila belum ada.",
    "16 digits; a woman's birth day + 40. Leave empty if unknown.",
);
pub const EH_GOLONGAN: T = T::new(
    "PNS/CPNS: I/a–IV/e; PPPK: I–XVII. Ketik untuk memilih, mis. III/b.",
    "PNS/CPNS: I/a–IV/e; PPPK: I–XVII. Type to choose, e.g. III/b.",
);
pub const EH_JF_LEVEL: T = T::new(
    "Hanya untuk jabatan fungsional.",
    "Only for functional positions.",
);
pub const EH_UNIT: T = T::new(
    "Ketik singkatan/nama unit; Enter atau Tab mengambil yang disorot, ↑↓ memilih.",
    "Type the unit's short or full name; Enter or Tab takes the marked one.",
);
pub const EMAIL_INVALID: T = T::new(
    "Alamat email tidak sah (contoh: nama@domain.go.id).",
    "Not a valid email address (e.g. name@domain.go.id).",
);
pub const PICK_UNIT: T = T::new(
    "Pilih unit kerja dari daftar.",
    "Pick the unit from the list.",
);

/// "NIP has 17 digits; it needs 18."
pub fn nip_length(lang: Lang, found: usize) -> String {
    pick(
        lang,
        format!("NIP berisi {found} digit; harus 18 digit."),
        format!("The NIP has {found} digits; it needs 18."),
    )
}
