package ui

import "testing"

func TestStoredFileDispositionNamesTheFileBothWays(t *testing.T) {
	got := StoredFileDisposition(`Đề án "số" 1.pdf`)
	want := `attachment; filename="De an _so_ 1.pdf"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%22s%E1%BB%91%22%201.pdf`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
