package domain_test

import (
	"reflect"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func privateSender() domain.Submission {
	return domain.Submission{
		SenderName: "Nguyễn Văn An", SenderAddress: "Thôn Đông Hải, xã Xuân Hưng", SenderPhone: "0912345678",
		SenderEmail: "Nguyen.Van.An@example.vn", SenderNationalID: "038095001234",
	}
}

func TestPersonalMaskHidesTheSendersData(t *testing.T) {
	s := privateSender()
	tests := []struct{ name, in, want string }{
		{"nothing personal", "Xã sẽ tổ chức hướng dẫn vào ngày 10/4/2026.", "Xã sẽ tổ chức hướng dẫn vào ngày 10/4/2026."},
		{"the full name", "Kính gửi ông Nguyễn Văn An, xã đã nhận.", "Kính gửi ông N. V. A., xã đã nhận."},
		{"the name without accents, in capitals", "Trả lời ông NGUYEN VAN AN.", "Trả lời ông N. V. A.."},
		{"the name split over two lines", "ông Nguyễn\nVăn An", "ông N. V. A."},
		{"a longer name that only starts alike", "bà Nguyễn Văn Anh", "bà Nguyễn Văn Anh"},
		{"the phone with spaces", "gọi 0912 345 678 để hẹn", "gọi [đã ẩn] để hẹn"},
		{"the phone with dots", "ĐT: 0912.345.678", "ĐT: [đã ẩn]"},
		{"the phone as +84", "liên hệ +84 912 345 678", "liên hệ [đã ẩn]"},
		{"a longer number that contains the phone", "mã 109123456789", "mã 109123456789"},
		{"the e-mail in another case", "thư nguyen.van.an@EXAMPLE.vn.", "thư [đã ẩn]."},
		{"the national ID", "CCCD 038 095 001 234", "CCCD [đã ẩn]"},
		{"the address", "ở Thôn Đông Hải, xã Xuân Hưng.", "ở [đã ẩn]."},
		{"the hamlet alone is no personal data", "nhà văn hóa thôn Đông Hải", "nhà văn hóa thôn Đông Hải"},
		{"the commune alone is no personal data", "UBND xã Xuân Hưng", "UBND xã Xuân Hưng"},
		{"everything at once", "Nguyễn Văn An (0912345678, Thôn Đông Hải, xã Xuân Hưng)", "N. V. A. ([đã ẩn], [đã ẩn])"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.PersonalMask().Mask(tt.in); got != tt.want {
				t.Errorf("Mask(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPersonalMaskHidesAStreetAddress(t *testing.T) {
	s := domain.Submission{SenderAddress: "Số 12 đường Lê Lợi, phường Nam Định"}
	if got, want := s.PersonalMask().Mask("trước nhà số 12 Đường Lê Lợi có ổ gà"), "trước nhà [đã ẩn] có ổ gà"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPersonalMaskLeavesATextAloneWhenTheSenderGaveLittle(t *testing.T) {
	s := domain.Submission{SenderName: "An", SenderPhone: "", SenderAddress: "Huế"}
	in := "An ở Huế gọi 0912 345 678"
	if got := s.PersonalMask().Mask(in); got != in {
		t.Errorf("a one-word name and a one-word address hide nothing, got %q", got)
	}
}

func TestPersonalMaskFoundNamesWhatTheTextsRepeat(t *testing.T) {
	s := privateSender()
	got := s.PersonalMask().Found("Kính gửi ông Nguyen Van An", "Xin gọi lại 0912 345 678 hoặc ông Nguyễn Văn An.")
	if want := []string{"họ tên", "số điện thoại"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Found = %v, want %v", got, want)
	}
	if got := s.PersonalMask().Found("Xã đã trả lời."); len(got) != 0 {
		t.Errorf("nothing personal, got %v", got)
	}
}

func TestInitials(t *testing.T) {
	for in, want := range map[string]string{"Nguyễn Văn An": "N. V. A.", "  lê   thị bình ": "L. T. B.", "": "", "Đỗ 3": "Đ."} {
		if got := domain.Initials(in); got != want {
			t.Errorf("Initials(%q) = %q, want %q", in, got, want)
		}
	}
}
