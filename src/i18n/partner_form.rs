//! Texts of the partner form (tab 3, Mitra).

use super::T;

pub const FORM_NEW_PARTNER: T = T::new("Mitra baru", "New partner");
pub const FORM_EDIT_PARTNER: T = T::new("Ubah mitra", "Edit partner");
pub const PF_NAME: T = T::new("Nama mitra", "Partner name");
pub const PH_NAME: T = T::new(
    "Nama resmi, mis. Universitas Malikussaleh; tidak boleh sama dengan mitra lain.",
    "Official name, e.g. Universitas Malikussaleh; unique among partners.",
);
pub const PF_SHORT: T = T::new("Singkatan", "Short name");
pub const PH_SHORT: T = T::new(
    "Mis. Unimal, PNL; dipakai di daftar.",
    "E.g. Unimal, PNL; shown in lists.",
);
pub const PF_KIND: T = T::new("Jenis mitra", "Kind of partner");
pub const PF_ADDRESS: T = T::new("Alamat", "Address");
pub const PF_CONTACT: T = T::new("Narahubung", "Contact person");
pub const PF_PHONE: T = T::new("Telepon", "Phone");
pub const PF_EMAIL: T = T::new("E-mail", "E-mail");
pub const PF_NOTE: T = T::new("Catatan", "Notes");
