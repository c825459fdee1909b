-- V12, part 2 (issue 11 item 2): a new database starts with the national
-- reference data an office does not type (domain.md 1.2-1.3, PermenPAN-RB
-- 38/2017): the eight managerial competencies in regulation order and the one
-- socio-cultural competency, Perekat Bangsa, each with its five levels.
-- Codes and texts are those of domain.md as the demo seed had them; asumsi = 1
-- marks a text the sources do not confirm word for word (levels that follow
-- the scope pattern self > peers > unit > instansi > national, Perekat Bangsa's
-- definition and levels 2-5), for the office to correct.
-- An older file gets those it lacks: none whose code or name (ignoring case)
-- it already has, and levels only for the competencies added here.
CREATE TEMP TABLE v12_kompetensi (
    urutan INTEGER, kode TEXT, nama TEXT, jenis TEXT, asumsi INTEGER, definisi TEXT
);
INSERT INTO temp.v12_kompetensi (urutan, kode, nama, jenis, asumsi, definisi) VALUES
    (1, 'M.01', 'Integritas', 'MANAJERIAL', 0,
     'Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan kerja, dan bertanggung jawab atas tindakan serta keputusan beserta risikonya.'),
    (2, 'M.02', 'Kerjasama', 'MANAJERIAL', 0,
     'Menjalin, membina dan mempertahankan hubungan kerja yang efektif, saling membantu menyelesaikan tugas, dan mengoptimalkan sumber daya untuk tujuan organisasi.'),
    (3, 'M.03', 'Komunikasi', 'MANAJERIAL', 0,
     'Menerangkan pandangan dan gagasan secara jelas, sistematis dan logis, lisan maupun tertulis; memastikan pemahaman, mendengarkan secara aktif, dan meyakinkan orang lain.'),
    (4, 'M.04', 'Orientasi pada Hasil', 'MANAJERIAL', 0,
     'Mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, dan mengaitkan perencanaan dengan hasil demi keberhasilan organisasi.'),
    (5, 'M.05', 'Pelayanan Publik', 'MANAJERIAL', 0,
     'Melaksanakan tugas pemerintahan, pembangunan dan pelayanan publik secara profesional, transparan, objektif, netral dan tidak diskriminatif.'),
    (6, 'M.06', 'Pengembangan Diri dan Orang Lain', 'MANAJERIAL', 0,
     'Meningkatkan pengetahuan dan keterampilan diri, serta menginspirasi, membimbing dan memberi umpan balik agar orang lain mengembangkan potensinya.'),
    (7, 'M.07', 'Mengelola Perubahan', 'MANAJERIAL', 0,
     'Menyesuaikan diri dengan situasi baru, mendukung dan memimpin inisiatif perubahan, serta bertanggung jawab agar perubahan berhasil diterapkan.'),
    (8, 'M.08', 'Pengambilan Keputusan', 'MANAJERIAL', 0,
     'Membuat keputusan yang baik secara tepat waktu dengan mempertimbangkan informasi, alternatif dan konsekuensinya, serta bertanggung jawab atas keputusan itu.'),
    (9, 'SK.01', 'Perekat Bangsa', 'SOSIAL_KULTURAL', 1,
     'Mempromosikan sikap toleransi, keterbukaan dan kepekaan terhadap perbedaan; menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan merekatkan para pemangku kepentingan.');

CREATE TEMP TABLE v12_kompetensi_level (kode TEXT, level INTEGER, asumsi INTEGER, deskripsi TEXT);
INSERT INTO temp.v12_kompetensi_level (kode, level, asumsi, deskripsi) VALUES
    ('M.01', 1, 0, 'Bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi.'),
    ('M.01', 2, 0, 'Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma dan etika organisasi dalam lingkup kelompok kerja terkecil.'),
    ('M.01', 3, 0, 'Memastikan orang yang dipimpinnya bertindak sesuai nilai, norma dan etika organisasi, dengan memberi apresiasi dan teguran.'),
    ('M.01', 4, 0, 'Menciptakan iklim kerja yang mendorong seluruh pemangku kepentingan instansi mematuhi nilai, norma dan etika organisasi, dan berani mengoreksi penyimpangan.'),
    ('M.01', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk menjunjung integritas lintas instansi atau tingkat nasional.'),
    ('M.02', 1, 1, 'Mampu menjalin kerja sama yang efektif dalam lingkup tugas pribadi.'),
    ('M.02', 2, 1, 'Mampu menjalin kerja sama yang efektif bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.02', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya menjalin kerja sama yang efektif, dengan contoh dan umpan balik.'),
    ('M.02', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi menjalin kerja sama yang efektif.'),
    ('M.02', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk menjalin kerja sama yang efektif lintas instansi atau tingkat nasional.'),
    ('M.03', 1, 1, 'Mampu menyampaikan gagasan dengan jelas dan mendengarkan secara aktif dalam lingkup tugas pribadi.'),
    ('M.03', 2, 1, 'Mampu menyampaikan gagasan dengan jelas dan mendengarkan secara aktif bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.03', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya menyampaikan gagasan dengan jelas dan mendengarkan secara aktif, dengan contoh dan umpan balik.'),
    ('M.03', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi menyampaikan gagasan dengan jelas dan mendengarkan secara aktif.'),
    ('M.03', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk menyampaikan gagasan dengan jelas dan mendengarkan secara aktif lintas instansi atau tingkat nasional.'),
    ('M.04', 1, 1, 'Mampu menyelesaikan pekerjaan sesuai target dan standar mutu dalam lingkup tugas pribadi.'),
    ('M.04', 2, 1, 'Mampu menyelesaikan pekerjaan sesuai target dan standar mutu bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.04', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya menyelesaikan pekerjaan sesuai target dan standar mutu, dengan contoh dan umpan balik.'),
    ('M.04', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi menyelesaikan pekerjaan sesuai target dan standar mutu.'),
    ('M.04', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk menyelesaikan pekerjaan sesuai target dan standar mutu lintas instansi atau tingkat nasional.'),
    ('M.05', 1, 1, 'Mampu memberikan pelayanan publik yang profesional dan tidak diskriminatif dalam lingkup tugas pribadi.'),
    ('M.05', 2, 1, 'Mampu memberikan pelayanan publik yang profesional dan tidak diskriminatif bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.05', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya memberikan pelayanan publik yang profesional dan tidak diskriminatif, dengan contoh dan umpan balik.'),
    ('M.05', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi memberikan pelayanan publik yang profesional dan tidak diskriminatif.'),
    ('M.05', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk memberikan pelayanan publik yang profesional dan tidak diskriminatif lintas instansi atau tingkat nasional.'),
    ('M.06', 1, 1, 'Mampu mengembangkan diri dan orang lain dalam lingkup tugas pribadi.'),
    ('M.06', 2, 1, 'Mampu mengembangkan diri dan orang lain bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.06', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya mengembangkan diri dan orang lain, dengan contoh dan umpan balik.'),
    ('M.06', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi mengembangkan diri dan orang lain.'),
    ('M.06', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk mengembangkan diri dan orang lain lintas instansi atau tingkat nasional.'),
    ('M.07', 1, 1, 'Mampu menyesuaikan diri dan mendukung perubahan dalam lingkup tugas pribadi.'),
    ('M.07', 2, 1, 'Mampu menyesuaikan diri dan mendukung perubahan bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya.'),
    ('M.07', 3, 1, 'Mampu memastikan unit kerja yang dipimpinnya menyesuaikan diri dan mendukung perubahan, dengan contoh dan umpan balik.'),
    ('M.07', 4, 1, 'Mampu menciptakan iklim yang mendorong seluruh instansi menyesuaikan diri dan mendukung perubahan.'),
    ('M.07', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk menyesuaikan diri dan mendukung perubahan lintas instansi atau tingkat nasional.'),
    ('M.08', 1, 0, 'Mengumpulkan informasi untuk bertindak sesuai kewenangannya.'),
    ('M.08', 2, 0, 'Menganalisis masalah secara mendalam.'),
    ('M.08', 3, 0, 'Membandingkan berbagai alternatif dan menyeimbangkan risiko dengan peluang keberhasilan.'),
    ('M.08', 4, 0, 'Menyelesaikan masalah yang berisiko tinggi, mengantisipasi dampak keputusan dan menyiapkan mitigasinya.'),
    ('M.08', 5, 1, 'Mampu menjadi rujukan dan merumuskan strategi untuk mengambil keputusan lintas instansi atau tingkat nasional.'),
    ('SK.01', 1, 0, 'Peka, memahami dan menerima kemajemukan.'),
    ('SK.01', 2, 1, 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.'),
    ('SK.01', 3, 1, 'Mempromosikan dan mengembangkan sikap toleransi dan persatuan.'),
    ('SK.01', 4, 1, 'Mendayagunakan perbedaan secara konstruktif untuk efektivitas organisasi.'),
    ('SK.01', 5, 1, 'Mewakili pemerintah membangun hubungan sosial psikologis di tingkat nasional.');

DELETE FROM temp.v12_kompetensi
WHERE EXISTS (SELECT 1 FROM main.kompetensi k
              WHERE k.kode = v12_kompetensi.kode
                 OR lower(trim(k.nama)) = lower(v12_kompetensi.nama));
INSERT INTO main.kompetensi (kode, nama, jenis, definisi, asumsi)
SELECT kode, nama, jenis, definisi, asumsi FROM temp.v12_kompetensi ORDER BY urutan;
INSERT INTO main.kompetensi_level (kompetensi_id, level, deskripsi, asumsi)
SELECT k.id, l.level, l.deskripsi, l.asumsi
FROM temp.v12_kompetensi_level l
JOIN temp.v12_kompetensi n ON n.kode = l.kode
JOIN main.kompetensi k ON k.kode = l.kode
ORDER BY k.id, l.level;
DROP TABLE temp.v12_kompetensi;
DROP TABLE temp.v12_kompetensi_level;
