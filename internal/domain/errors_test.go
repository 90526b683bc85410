package domain_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *domain.Error
		want string
	}{
		{
			name: "without problems is just the message",
			err:  domain.Errorf(domain.NotFound, "không tìm thấy chương trình %s", "02-CTr/BCĐ"),
			want: "không tìm thấy chương trình 02-CTr/BCĐ",
		},
		{
			name: "with problems lists one line per problem, field first when there is one",
			err: domain.InvalidInput("tệp có lỗi", []domain.Problem{
				{Field: "Tiêu chí!C12", Message: "chỉ tiêu không đúng dạng"},
				{Message: "thiếu nhóm I"},
			}),
			want: "tệp có lỗi\n  - Tiêu chí!C12: chỉ tiêu không đúng dạng\n  - thiếu nhóm I",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInvalidInputCarriesCodeAndProblems(t *testing.T) {
	problems := []domain.Problem{{Field: "year", Message: "năm không hợp lệ"}}
	err := domain.InvalidInput("dữ liệu không hợp lệ", problems)
	if err.Code != domain.Invalid {
		t.Errorf("Code = %q, want %q", err.Code, domain.Invalid)
	}
	if len(err.Problems) != 1 || err.Problems[0] != problems[0] {
		t.Errorf("Problems = %v, want %v", err.Problems, problems)
	}
}

func TestErrorCode(t *testing.T) {
	notFound := domain.Errorf(domain.NotFound, "không tìm thấy")
	tests := []struct {
		name string
		err  error
		want domain.Code
	}{
		{"nil error has no code", nil, ""},
		{"plain error has no code", errors.New("hỏng"), ""},
		{"domain error gives its code", domain.Errorf(domain.Conflict, "trùng"), domain.Conflict},
		{"wrapped once keeps the code", fmt.Errorf("load program 02: %w", notFound), domain.NotFound},
		{"wrapped twice keeps the code", fmt.Errorf("report: %w", fmt.Errorf("load: %w", domain.Errorf(domain.Forbidden, "cấm"))), domain.Forbidden},
		{"joined errors give the first domain code", errors.Join(errors.New("x"), domain.InvalidInput("sai", nil)), domain.Invalid},
		{"formatted with %v loses the chain", fmt.Errorf("load: %v", notFound), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := domain.ErrorCode(tt.err); got != tt.want {
				t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.want)
			}
		})
	}
}

func TestIsNotFound(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"wrapped not-found", fmt.Errorf("org xuan-hung: %w", domain.Errorf(domain.NotFound, "không có")), true},
		{"other code", domain.Errorf(domain.Invalid, "sai"), false},
		{"plain error", errors.New("not found"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := domain.IsNotFound(tt.err); got != tt.want {
				t.Errorf("IsNotFound = %v, want %v", got, tt.want)
			}
		})
	}
}
