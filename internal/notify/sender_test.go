package notify_test

import (
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
)

func TestParseSMTPReadsTheServerAndTheSender(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]notify.SMTPConfig{
		"smtp://mail.ninhbinh.gov.vn?from=nq57@ninhbinh.gov.vn": {Scheme: "smtp", Host: "mail.ninhbinh.gov.vn", Port: 25, From: "nq57@ninhbinh.gov.vn"},
		"smtps://nq57:b%C3%AD%20m%E1%BA%ADt@mail.example:4650?from=nq57%40example.gov.vn": {Scheme: "smtps", Host: "mail.example", Port: 4650,
			Username: "nq57", Password: "bí mật", From: "nq57@example.gov.vn"},
		"smtp+starttls://u:p@[::1]?from=nq57@example.gov.vn": {Scheme: "smtp+starttls", Host: "::1", Port: 587, Username: "u", Password: "p", From: "nq57@example.gov.vn"},
		"SMTPS://mail.example/?from=nq57@example.gov.vn":     {Scheme: "smtps", Host: "mail.example", Port: 465, From: "nq57@example.gov.vn"},
	} {
		got, err := notify.ParseSMTP(raw)
		if err != nil || got != want {
			t.Errorf("ParseSMTP(%q) = %+v, %v; want %+v", raw, got, err, want)
		}
	}
}

func TestParseSMTPRefusesInVietnameseWithoutThePassword(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]string{
		"mail.example:25":                                       "cần địa chỉ dạng smtp://",
		"http://u:secret@mail.example?from=a@b.vn":              "giao thức \"http\"",
		"smtp://u:secret@mail.example:99999?from=a@b.vn":        "cổng \"99999\"",
		"smtp://u:secret@mail.example:x?from=a@b.vn":            "cần địa chỉ dạng",
		"smtp://u:secret@mail.example":                          "thiếu địa chỉ người gửi",
		"smtp://u:secret@mail.example?from=khong-phai-thu":      "không phải địa chỉ e-mail",
		"smtp://u:secret@mail.example?from=a@b.vn&tls=yes":      "không hiểu tham số \"tls\"",
		"smtp://u:secret@mail.example/duong-dan?from=a@b.vn":    "không có đường dẫn",
		"smtp://u:secret@mail.example?from=a@b.vn#phan-cuoi":    "không có đường dẫn",
		"smtp://u:se%ZZcret@mail.example?from=nq57@example.gov": "cần địa chỉ dạng",
	} {
		_, err := notify.ParseSMTP(raw)
		if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "secret") {
			t.Errorf("ParseSMTP(%q) = %v, want an Invalid error with %q and no password", raw, err, want)
		}
	}
}

func TestParsePublicURL(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]string{
		"http://127.0.0.1:8057":           "http://127.0.0.1:8057",
		"https://nq57.ninhbinh.gov.vn/":   "https://nq57.ninhbinh.gov.vn",
		"https://ninhbinh.gov.vn/nq57///": "https://ninhbinh.gov.vn/nq57",
	} {
		if got, err := notify.ParsePublicURL(raw); err != nil || got.String() != want {
			t.Errorf("ParsePublicURL(%q) = %v, %v; want %s", raw, got, err, want)
		}
	}
	for _, raw := range []string{"", "127.0.0.1:8057", "ftp://x.vn", "https://", "https://x.vn/?a=1", "https://u:p@x.vn"} {
		if _, err := notify.ParsePublicURL(raw); domain.ErrorCode(err) != domain.Invalid {
			t.Errorf("ParsePublicURL(%q) = %v, want Invalid", raw, err)
		}
	}
}
