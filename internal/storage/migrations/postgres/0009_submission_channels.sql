-- One list of submission channels (domain.SubmissionChannel): the channel is
-- stored as its code, as kinds and statuses are, and screens show its label.
-- The staff form wrote "văn bản giấy" where the Excel import wrote "văn bản":
-- both are letters. No code path stored any other value.
UPDATE submissions SET channel = CASE
    WHEN LOWER(channel) = 'pakn.nq57.vn' THEN 'pakn'
    WHEN channel = 'nq57 (trực tuyến)' THEN 'nq57'
    WHEN channel IN ('văn bản', 'văn bản giấy') THEN 'van_ban'
    WHEN channel = 'điện thoại' THEN 'dien_thoai'
    WHEN channel = 'trực tiếp' THEN 'truc_tiep'
    WHEN channel = 'thư điện tử' THEN 'thu_dien_tu'
    ELSE 'khac'
END;
