-- V18 (issue 12): the training catalogue comes in the order it is shown.
--
-- Tab 2 lists every training, newest start first (then the latest end,
-- then the code). Without an index in that order SQLite read the whole
-- catalogue and sorted it before the first row (6,576 trainings at
-- 100,000 employees: the sort spilled to a temporary file, and the tab
-- took about 48 ms to appear the first time). With it the rows come in
-- order, so the top of the list can be shown while the rest is read.
CREATE INDEX pelatihan_urut ON pelatihan (tanggal_mulai DESC, tanggal_selesai DESC, kode);
