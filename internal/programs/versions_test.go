package programs

import (
	"context"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Two people save the same criterion, both from a form drawn at the same
// version, at the same moment: one save goes through, the other is refused
// with what the first wrote, who and when, and nothing of it is written.
func TestConcurrentCriterionEditsOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		p := f.program()
		g := p.Groups[1]
		c := g.Criteria[5] // II.6
		actors := []struct{ login, name, text string }{
			{"lanhdao", f.as("lanhdao").Name(), "Bản sửa của lãnh đạo"},
			{"quantri", f.as("quantri").Name(), "Bản sửa của quản trị"},
		}
		saves := make([]func() error, len(actors))
		for i, a := range actors {
			actor := f.as(a.login)
			in := CriterionInput{GroupID: g.ID, Text: a.text, Targets: domain.FormatTargets(c.Targets),
				Monitoring: c.Roles.Monitoring.Text, Lead: c.Roles.Lead.Text, Coordinating: c.Roles.Coordinating.Text, Version: c.Version}
			saves[i] = func() error { _, err := f.svc.UpdateCriterion(ctx, actor, c.ID, in); return err }
		}
		audits := len(f.audits())
		w := oneWins(t, race(saves...), []string{actors[0].name, actors[1].name}, []string{actors[0].text, actors[1].text})
		_, got := findCriterion(ptr(f.program()), c.ID)
		if got.Text != actors[w].text || got.Version != c.Version+1 || got.ChangedBy != actors[w].name || !got.ChangedAt.Equal(testNow) {
			t.Errorf("stored %q v%d by %q at %v", got.Text, got.Version, got.ChangedBy, got.ChangedAt)
		}
		if n := len(f.audits()); n != audits+1 {
			t.Errorf("%d audit entries written, want 1", n-audits)
		}
	})
}

func TestConcurrentGroupRenamesOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		p := f.program()
		g := p.Groups[0]
		names := []string{f.as("lanhdao").Name(), f.as("quantri").Name()}
		values := []string{"Hạ tầng số", "Hạ tầng viễn thông"}
		a, b := f.as("lanhdao"), f.as("quantri")
		errs := race(
			func() error {
				_, err := f.svc.RenameGroup(ctx, a, p.ID, g.ID, GroupInput{Name: values[0], Version: g.Version})
				return err
			},
			func() error {
				_, err := f.svc.RenameGroup(ctx, b, p.ID, g.ID, GroupInput{Name: values[1], Version: g.Version})
				return err
			},
		)
		w := oneWins(t, errs, names, values)
		if got := f.program().Groups[0]; got.Name != values[w] || got.Version != g.Version+1 {
			t.Errorf("group after the race: %q v%d", got.Name, got.Version)
		}
	})
}

func TestConcurrentHeaderEditsOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		p := f.program()
		names := []string{f.as("lanhdao").Name(), f.as("quantri").Name()}
		values := []string{"Chương trình sửa lần một", "Chương trình sửa lần hai"}
		a, b := f.as("lanhdao"), f.as("quantri")
		in := func(title string) ProgramInput {
			return ProgramInput{Date: "04/02/2026", Year: "2026", Title: title, IssuingBody: p.IssuingBody, Version: p.Version}
		}
		errs := race(
			func() error { _, err := f.svc.UpdateHeader(ctx, a, p.ID, in(values[0])); return err },
			func() error { _, err := f.svc.UpdateHeader(ctx, b, p.ID, in(values[1])); return err },
		)
		w := oneWins(t, errs, names, values)
		if got := f.program(); got.Title != values[w] || got.Version != p.Version+1 || got.ChangedBy != names[w] {
			t.Errorf("header after the race: %q v%d by %q", got.Title, got.Version, got.ChangedBy)
		}
	})
}

// A form drawn before an import that changed the criterion is stale too:
// the import gives what it changes a new version.
func TestAnImportMakesOlderFormsStale(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		before := f.program()
		c := before.Groups[0].Criteria[0]
		book := f.exported(func(x *excelize.File) {
			must(t, x.SetCellValue("Tiêu chí", "D2", "Tỷ lệ phủ sóng 5G trên dân số ≥ 97%"))
		})
		if _, err := f.svc.Import(ctx, usecase.CommandLine(f.org, "root"), book); err != nil {
			t.Fatal(err)
		}
		_, err := f.svc.UpdateCriterion(ctx, f.as("quantri"), c.ID, CriterionInput{GroupID: before.Groups[0].ID, Text: "Sửa từ trang cũ",
			Targets: "≥ 95 %", Version: c.Version})
		staleBy(t, err, "dòng lệnh (root)", "≥ 97%")
		if _, other := findCriterion(ptr(f.program()), before.Groups[0].Criteria[1].ID); other.Version != before.Groups[0].Criteria[1].Version {
			t.Errorf("an unchanged criterion got a new version: %d", other.Version)
		}
	})
}

func ptr(p domain.Program) *domain.Program { return &p }
