package domain

import "testing"

func TestProblemsKeepTheFirstOfEachField(t *testing.T) {
	var p Problems
	if p.Any() || p.Err("x") != nil {
		t.Fatal("no problem yet, but Any or Err says otherwise")
	}
	p.Add("date", "Nhập ngày.")
	p.Add("number", "Nhập số.")
	p.Add("date", "Ngày sai.")
	err := p.Err("Biểu mẫu còn lỗi, chưa lưu gì.")
	if list := p.List(); len(list) != 2 || list[0].Message != "Nhập ngày." || list[1].Field != "number" {
		t.Errorf("problems %v", list)
	}
	if ErrorCode(err) != Invalid || err.Error() != "Biểu mẫu còn lỗi, chưa lưu gì.\n  - date: Nhập ngày.\n  - number: Nhập số." {
		t.Errorf("error %q", err)
	}
}
