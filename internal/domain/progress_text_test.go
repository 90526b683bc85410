package domain

import (
	"strings"
	"testing"
)

func TestEvidenceLineKeepsReferencesOnOneLine(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"CV 12/UBND"}, "CV 12/UBND"},
		{[]string{"CV 12/UBND\r\n https://a.vn \n\n"}, "CV 12/UBND; https://a.vn"},
		{[]string{"CV 12/UBND", "", "Biên bản\nngày 20/3"}, "CV 12/UBND; Biên bản; ngày 20/3"},
		{nil, ""},
	} {
		got := EvidenceLine(tc.in...)
		if got != tc.want || EvidenceLine(got) != got {
			t.Errorf("EvidenceLine(%q) = %q, want %q, the same again", tc.in, got, tc.want)
		}
	}
}

func TestCheckTextsNamesTheTextTooLong(t *testing.T) {
	ok := Progress{Note: strings.Repeat("ă", MaxNoteRunes), Evidence: strings.Repeat("đ", MaxEvidenceRunes)}
	if got := ok.CheckTexts(); len(got) != 0 {
		t.Errorf("texts at their limits: %v", got)
	}
	long := Progress{Note: ok.Note + "a", Evidence: ok.Evidence + "a"}
	if got := long.CheckTexts(); len(got) != 2 || got[0].Field != EnteredNote || got[1].Field != EnteredEvidence {
		t.Errorf("texts past their limits: %v", got)
	}
}
