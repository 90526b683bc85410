package storage

import (
	"io/fs"
	"path"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// TestMigrationStoresChannelsAsCodes runs migration 0009 again over rows
// that hold the labels the screens used to store ("văn bản giấy" from the
// staff form, "văn bản" from the workbook, the public form's own), and checks
// that each becomes the code of one channel.
func TestMigrationStoresChannelsAsCodes(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		migration, err := fs.ReadFile(migrations, path.Join("migrations", s.Engine(), "0009_submission_channels.sql"))
		must(t, err)
		labels := map[string]domain.SubmissionChannel{
			"pakn.nq57.vn": domain.ChannelPakn, "PAKN.NQ57.VN": domain.ChannelPakn, "nq57 (trực tuyến)": domain.ChannelOnline,
			"văn bản giấy": domain.ChannelPaper, "văn bản": domain.ChannelPaper, "điện thoại": domain.ChannelPhone,
			"trực tiếp": domain.ChannelInPerson, "thư điện tử": domain.ChannelEmail, "khác": domain.ChannelOther, "": domain.ChannelOther,
		}
		ids := map[int64]domain.SubmissionChannel{}
		for label, want := range labels {
			sub := created(t, s, demoSubmission(org.ID, "", march5))
			_, err := s.db.ExecContext(t.Context(), `UPDATE submissions SET channel = $1 WHERE id = $2`, label, sub.ID)
			must(t, err)
			ids[sub.ID] = want
		}
		_, err = s.db.ExecContext(t.Context(), string(migration))
		must(t, err)
		for id, want := range ids {
			got, err := s.SubmissionByID(t.Context(), org.ID, id)
			must(t, err)
			if got.Channel != want {
				t.Errorf("submission %d: channel %q, want %q", id, got.Channel, want)
			}
		}
	})
}
