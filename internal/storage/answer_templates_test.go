package storage

import (
	"reflect"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestAnswerTemplatesRoundTripSortedByTitle(t *testing.T) {
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

		wantCode(t, s.DeleteAnswerTemplate(ctx, org.ID, theirs.ID), domain.NotFound)
		must(t, s.DeleteAnswerTemplate(ctx, org.ID, done.ID))
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
