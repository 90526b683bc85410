package storage

import (
	"bytes"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestEvidenceRoundTripWithinTheOrganisation(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		data := []byte("%PDF-1.4\n\x00\xff binary")
		res, err := s.SaveProgressEntry(t.Context(), ProgressEntry{OrgID: p.OrgID, ProgramID: p.ID, Period: mar, By: "Lê Văn Nam", At: entryAt,
			Files: []EvidenceFile{{CriterionID: criterion(t, p, "I", 1).ID, Name: "Biên bản nghiệm thu.pdf", ContentType: "application/pdf", Data: data}}})
		must(t, err)
		if len(res.Files) != 1 || res.Files[0].ID == 0 || res.Criteria() != 1 {
			t.Fatalf("saved files = %+v", res.Files)
		}
		f, err := s.Evidence(t.Context(), p.OrgID, res.Files[0].ID)
		must(t, err)
		if !bytes.Equal(f.Data, data) || f.Name != "Biên bản nghiệm thu.pdf" || f.Size != int64(len(data)) || len(f.SHA256) != 64 ||
			f.Period != mar || f.UploadedBy != "Lê Văn Nam" || !f.UploadedAt.Equal(entryAt) {
			t.Errorf("read back %+v", f)
		}
		list, err := s.EvidenceFiles(t.Context(), p.OrgID, p.ID, mar)
		must(t, err)
		if got := list[criterion(t, p, "I", 1).ID]; len(got) != 1 || got[0].Data != nil || got[0].Name != f.Name {
			t.Errorf("list = %+v", list)
		}
		if list, _ := s.EvidenceFiles(t.Context(), p.OrgID, p.ID, feb); len(list) != 0 {
			t.Errorf("February lists March's files: %+v", list)
		}
		_, err = s.Evidence(t.Context(), p.OrgID+1000, f.ID)
		wantCode(t, err, domain.NotFound)
	})
}

func TestSaveEvidenceRefusesACriterionOfAnotherOrganisation(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		other := domain.Org{Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, s.SaveOrg(t.Context(), &other))
		err := s.SaveEvidence(t.Context(), &EvidenceFile{OrgID: other.ID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar,
			Name: "a.png", ContentType: "image/png", Data: []byte("\x89PNG"), UploadedAt: entryAt})
		wantCode(t, err, domain.NotFound)
		err = s.SaveEvidence(t.Context(), &EvidenceFile{OrgID: p.OrgID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar, UploadedAt: entryAt})
		wantCode(t, err, domain.Invalid)
		if n := countRows(t, s, "evidence_files"); n != 0 {
			t.Errorf("%d files saved", n)
		}
	})
}
