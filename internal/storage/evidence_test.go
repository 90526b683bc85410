package storage

import (
	"bytes"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var entryAt = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

func TestEvidenceRoundTripWithinTheOrganisation(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		data := []byte("%PDF-1.4\n\x00\xff binary")
		saved := domain.EvidenceFile{OrgID: p.OrgID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar,
			Name: "Biên bản nghiệm thu.pdf", ContentType: "application/pdf", Data: data, UploadedBy: "Lê Văn Nam", UploadedAt: entryAt}
		must(t, s.SaveEvidence(t.Context(), &saved))
		f, err := s.Evidence(t.Context(), p.OrgID, saved.ID)
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
		info, err := s.EvidenceInfo(t.Context(), p.OrgID, f.ID)
		must(t, err)
		if info.Data != nil || info.Name != f.Name || info.CriterionID != f.CriterionID || info.Period != mar {
			t.Errorf("info = %+v", info)
		}
		_, err = s.EvidenceInfo(t.Context(), p.OrgID+1000, f.ID)
		wantCode(t, err, domain.NotFound)
	})
}

func TestDeleteEvidenceWithinTheOrganisation(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		f := domain.EvidenceFile{OrgID: p.OrgID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar,
			Name: "a.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4"), UploadedAt: entryAt}
		must(t, s.SaveEvidence(t.Context(), &f))
		wantCode(t, s.DeleteEvidence(t.Context(), p.OrgID+1000, f.ID), domain.NotFound)
		must(t, s.DeleteEvidence(t.Context(), p.OrgID, f.ID))
		wantCode(t, s.DeleteEvidence(t.Context(), p.OrgID, f.ID), domain.NotFound)
		if n := countRows(t, s, "evidence_files"); n != 0 {
			t.Errorf("%d files left", n)
		}
	})
}

func TestSaveEvidenceRefusesACriterionOfAnotherOrganisation(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		other := domain.Org{Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, s.SaveOrg(t.Context(), &other))
		err := s.SaveEvidence(t.Context(), &domain.EvidenceFile{OrgID: other.ID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar,
			Name: "a.png", ContentType: "image/png", Data: []byte("\x89PNG"), UploadedAt: entryAt})
		wantCode(t, err, domain.NotFound)
		err = s.SaveEvidence(t.Context(), &domain.EvidenceFile{OrgID: p.OrgID, CriterionID: criterion(t, p, "I", 1).ID, Period: mar, UploadedAt: entryAt})
		wantCode(t, err, domain.Invalid)
		if n := countRows(t, s, "evidence_files"); n != 0 {
			t.Errorf("%d files saved", n)
		}
	})
}
