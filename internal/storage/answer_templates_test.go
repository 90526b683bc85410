package storage

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestAnswerTemplatesRoundTripSortedByTitle(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		ctx := t.Context()
		thanks := domain.AnswerTemplate{OrgID: org.ID, Title: "Cảm ơn sáng kiến", Body: "UBND xã trân trọng cảm ơn…"}
		forward := domain.AnswerTemplate{OrgID: org.ID, Title: "Chuyển cơ quan có thẩm quyền", Body: "Nội dung không thuộc thẩm quyền…"}
		done := domain.AnswerTemplate{OrgID: org.ID, Title: "Đã khắc phục", Body: "Đã khắc phục xong."}
		for _, tpl := range []*domain.AnswerTemplate{&done, &forward, &thanks} {
			must(t, s.SaveAnswerTemplate(ctx, tpl))
		}
		theirs := domain.AnswerTemplate{OrgID: other.ID, Title: "Đã khắc phục", Body: "Của xã khác."}
		must(t, s.SaveAnswerTemplate(ctx, &theirs)) // the same title in another org is fine

		done.Body = "Đơn vị đã khắc phục xong, xin thông báo."
		must(t, s.SaveAnswerTemplate(ctx, &done))
		got, err := s.AnswerTemplates(ctx, org.ID)
		must(t, err)
		if want := []domain.AnswerTemplate{thanks, forward, done}; !reflect.DeepEqual(got, want) {
			t.Errorf("templates = %+v\nwant %+v (C, Ch, Đ as Vietnamese sorts)", got, want)
		}

		clash := domain.AnswerTemplate{OrgID: org.ID, Title: done.Title, Body: "x"}
		wantCode(t, s.SaveAnswerTemplate(ctx, &clash), domain.Conflict)
		stolen := theirs
		stolen.OrgID, stolen.Title = org.ID, "Mẫu lấy trộm"
		wantCode(t, s.SaveAnswerTemplate(ctx, &stolen), domain.NotFound)
		wantProblem(t, s.SaveAnswerTemplate(ctx, &domain.AnswerTemplate{OrgID: org.ID, Title: "Trống"}), "body")
		wantProblem(t, s.SaveAnswerTemplate(ctx, &domain.AnswerTemplate{OrgID: org.ID, Body: "x"}), "title")

		wantCode(t, s.DeleteAnswerTemplate(ctx, org.ID, theirs.ID, theirs.Version), domain.NotFound)
		must(t, s.DeleteAnswerTemplate(ctx, org.ID, done.ID, done.Version))
		got, err = s.AnswerTemplates(ctx, org.ID)
		must(t, err)
		if want := []domain.AnswerTemplate{thanks, forward}; !reflect.DeepEqual(got, want) {
			t.Errorf("after delete = %+v\nwant %+v", got, want)
		}
		left, err := s.AnswerTemplates(ctx, other.ID)
		must(t, err)
		if want := []domain.AnswerTemplate{theirs}; !reflect.DeepEqual(left, want) {
			t.Errorf("another org's templates = %+v, want %+v", left, want)
		}
	})
}

func TestAnswerTemplateChangedSinceIsStale(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		ctx := t.Context()
		at := march5
		tpl := domain.AnswerTemplate{OrgID: org.ID, Title: "Đã khắc phục", Body: "Đã khắc phục xong.", ChangedBy: "Quản trị", ChangedAt: at}
		must(t, s.SaveAnswerTemplate(ctx, &tpl))
		if tpl.Version != 1 {
			t.Fatalf("a new template is at version %d, want 1", tpl.Version)
		}
		mine, theirs := tpl, tpl
		theirs.Body, theirs.ChangedBy, theirs.ChangedAt = "Đơn vị đã khắc phục xong.", "Lê Văn Minh", at.Add(time.Minute)
		must(t, s.SaveAnswerTemplate(ctx, &theirs))
		if theirs.Version != 2 {
			t.Errorf("after a change: version %d, want 2", theirs.Version)
		}
		mine.Body = "Bản của tôi."
		err := s.SaveAnswerTemplate(ctx, &mine)
		wantCode(t, err, domain.Stale)
		var de *domain.Error
		if !errors.As(err, &de) || de.Current == nil || de.Current.By != "Lê Văn Minh" || de.Current.Version != 2 || !de.Current.At.Equal(theirs.ChangedAt) {
			t.Errorf("stale error: %+v", err)
		}
		wantCode(t, s.DeleteAnswerTemplate(ctx, org.ID, tpl.ID, tpl.Version), domain.Stale)
		got, err := s.AnswerTemplate(ctx, org.ID, tpl.ID)
		must(t, err)
		if got.Body != theirs.Body || got.Version != 2 {
			t.Errorf("stored %+v", got)
		}
	})
}
