package excel

import (
	"bytes"
	"testing"
)

func goodInfo() [][]any {
	return [][]any{
		{"Số hiệu", "02-CTr/BCĐ"}, {"Ngày ban hành", "04/02/2026"},
		{"Cơ quan ban hành", "Ban chỉ đạo"}, {"Tên chương trình", "Chương trình 2026"}, {"Năm", 2026},
	}
}

func criteriaHeader() []any {
	return []any{hGroup, hGroupName, hNumber, hText, hTargets, hMonitoring, hLead, hCoordinating}
}

func TestReadProgramListsEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		sheets []sheet
		want   []want
	}{
		{
			name: "every broken row and info value is named with its cell",
			sheets: []sheet{
				{sheetInfo, [][]any{
					{"Số hiệu", "02-CTr/BCĐ"}, {"Ngày ban hành", "31/02/2026"},
					{"Cơ quan ban hành", "BCĐ"}, {"Tên chương trình", "CT"}, {"Năm", "hai nghìn"},
				}},
				{sheetCriteria, [][]any{
					criteriaHeader(),
					{"I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95 %"},
					{"I", "Hạ tầng", 2, "", "≥ 95 %"},
					{"I", "Hạ tầng", 3, "Cáp quang", "khoảng 95"},
					{"I", "Hạ tầng", 1, "Wi-Fi", "Đạt"},
					{"I", "Nguồn lực", 4, "Máy tính", "Đạt"},
					{"II", "Hạ tầng", 1, "Kỹ năng", "Đạt"},
					{"1", "Chuyển đổi số", 1, "Dịch vụ công", "Đạt"},
					{"III", "Chuyển đổi số", "một", "Hồ sơ", "Đạt"},
					{"III", "Chuyển đổi số", 2, "Thanh toán", "từ 90 đến 80 %"},
				}},
			},
			want: []want{
				{"Chương trình!B2", "ngày ban hành “31/02/2026” không đúng dạng"},
				{"Chương trình!B5", "năm “hai nghìn” không hợp lệ"},
				{"Tiêu chí!D3", "chưa ghi tên/mục tiêu"},
				{"Tiêu chí!E4", "không đúng dạng"},
				{"Tiêu chí!C5", "STT 1 của nhóm I bị trùng với dòng 2"},
				{"Tiêu chí!B6", "nhóm I đã mang tên “Hạ tầng” ở dòng 2"},
				{"Tiêu chí!A7", "tên nhóm “Hạ tầng” đã dùng cho nhóm I"},
				{"Tiêu chí!A8", "số La Mã"},
				{"Tiêu chí!C9", "STT “một” phải là số nguyên dương"},
				{"Tiêu chí!E10", "cận dưới lớn hơn cận trên"},
			},
		},
		{
			name: "missing required and unknown columns",
			sheets: []sheet{
				{sheetInfo, goodInfo()},
				{sheetCriteria, [][]any{
					{hGroup, hGroupName, hNumber, hText, "Ghi chú", hMonitoring, hLead, hCoordinating, hGroup},
					{"I", "Hạ tầng", 1, "Phủ sóng 5G", "x"},
				}},
			},
			want: []want{
				{"Tiêu chí!E1", "cột “Ghi chú” không có trong mẫu"},
				{"Tiêu chí!I1", "cột “Nhóm” bị lặp (đã có ở cột A)"},
				{"Tiêu chí!J1", "thiếu cột bắt buộc “Chỉ tiêu”"},
			},
		},
		{
			name:   "missing criteria sheet",
			sheets: []sheet{{sheetInfo, goodInfo()}},
			want:   []want{{"Tiêu chí!A1", "thiếu trang tính “Tiêu chí”"}},
		},
		{
			name: "criteria sheet without a header row",
			sheets: []sheet{
				{sheetInfo, goodInfo()},
				{sheetCriteria, [][]any{{"DANH MỤC TIÊU CHÍ"}, {"I", "Hạ tầng", 1}}},
			},
			want: []want{{"Tiêu chí!A1", "không tìm thấy dòng tiêu đề"}},
		},
		{
			name: "missing number, empty year and an unknown label",
			sheets: []sheet{
				{sheetInfo, [][]any{{"Ngày ban hành", "04/02/2026"}, {"Người ký", "Bùi Thị Hồng Chiên"}, {"Năm", ""}, {"Năm", 2026}}},
				{sheetCriteria, [][]any{criteriaHeader(), {"I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95 %"}}},
			},
			want: []want{
				{"Chương trình!A2", "dòng “Người ký” không có trong mẫu"},
				{"Chương trình!A4", "dòng “Năm” bị lặp (đã có ở dòng 3)"},
				{"Chương trình!A1", "thiếu dòng “Số hiệu”"},
				{"Chương trình!B3", "chưa ghi Năm"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadProgram(bytes.NewReader(workbook(t, tt.sheets...)))
			if err == nil {
				t.Fatal("ReadProgram accepted a broken workbook")
			}
			checkProblems(t, problemsOf(t, err), tt.want)
		})
	}
}

func TestReadRejectsFilesThatAreNotWorkbooks(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"tab-separated text", []byte("group\tgroup_name\tno\nI\tHạ tầng\t1\n"), "không phải là bảng tính Excel (.xlsx)"},
		{"empty file", nil, "không phải là bảng tính Excel (.xlsx)"},
		{"old .xls or password-protected file", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "tệp .xls cũ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, perr := ReadProgram(bytes.NewReader(tt.data))
			_, serr := ReadProgress(bytes.NewReader(tt.data), demoProgram(t), march())
			for _, err := range []error{perr, serr} {
				if err == nil {
					t.Fatal("read accepted a file that is not a workbook")
				}
				checkProblems(t, problemsOf(t, err), []want{{"", tt.reason}})
			}
		})
	}
}
