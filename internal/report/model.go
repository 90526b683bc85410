// Package report builds the Resolution 57 report from plain data (a Model) and
// renders it as text and HTML; the docx and pdf packages render the same Model.
// Nothing here touches the database.
package report

// Model is one report, ready to render: every figure computed, every sentence
// written. Renderers lay it out; they add no words of their own.
type Model struct {
	Layout  Layout
	Header  Header
	DocType string // "BÁO CÁO"
	Summary string // trích yếu: "Tình hình, kết quả … tháng 3 năm 2026"
	Body    []Block
	Footer  Footer
}

// Header is the two-column block at the top of the first page.
type Header struct {
	SuperiorBody string // left, upright: "ĐẢNG BỘ TỈNH NINH BÌNH" (may be empty)
	IssuingBody  string // left, bold: "ĐẢNG ỦY XÃ XUÂN HƯNG"
	Star         bool   // left: "*" under the issuing body (Party documents)
	Number       string // left: "Số      -BC/ĐU"
	Motto        string // right, bold, ruled under: "ĐẢNG CỘNG SẢN VIỆT NAM"
	SubMotto     string // right, bold, ruled under (state documents): "Độc lập - Tự do - Hạnh phúc"
	PlaceDate    string // right, italic: "Xuân Hưng, ngày     tháng 3 năm 2026"
}

// Footer is the two-column block at the end: recipients left, signature right.
type Footer struct {
	RecipientsLabel string   // "Nơi nhận:" (underlined, italic in Party documents)
	Recipients      []string // each line already starts with "- "
	Authority       string   // "T/M BAN THƯỜNG VỤ"
	Position        string   // "PHÓ BÍ THƯ"
	Signer          string   // "Bùi Thị Hồng Chiên"
}

// BlockKind says what a body block is.
type BlockKind string

const (
	Paragraph BlockKind = "paragraph" // justified body text, first-line indent
	Heading   BlockKind = "heading"   // a section heading: "I. TÌNH HÌNH, …", "1. Kết quả …"
	TableKind BlockKind = "table"
)

// Block is one paragraph, heading or table of the body.
type Block struct {
	Kind  BlockKind
	Level int   // for a heading: 1 for "I.", 2 for "1."
	Runs  []Run // for a paragraph or heading
	Table *Table
}

// Text returns the block's text without styling (the runs joined).
func (b Block) Text() string {
	s := ""
	for _, r := range b.Runs {
		s += r.Text
	}
	return s
}

// Run is a piece of text with one style.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
}

// Table is a bordered, full-width table whose header row repeats on every page.
type Table struct {
	Columns []Column
	Rows    []Row
}

// Column is a table column: its header text and its share of the width (the
// shares of a table add up to 1).
type Column struct {
	Title string
	Width float64
}

// Row is a table row; a group row ("I | Phát triển hạ tầng") is set in bold.
type Row struct {
	Group bool
	Cells []string
}
