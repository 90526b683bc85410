package report

// Layout holds the page and type measurements of a document style, in one place
// so that values from secondary sources (REPORT-FORMAT.md marks them unverified)
// are easy to correct. Lengths are in millimetres, sizes in points.
type Layout struct {
	FontFamily string // "Times New Roman"

	PageWidth, PageHeight                              float64
	MarginTop, MarginBottom, MarginLeft, MarginRight   float64
	HeaderLeftShare                                    float64 // share of the text width for the left header column
	BodySize, HeadingSize, DocTypeSize, SummarySize    float64
	MottoSize, SubMottoSize, TableSize, RecipientsSize float64
	RecipientsLabelSize                                float64
	FirstLineIndent                                    float64 // mm
	ParagraphSpacing                                   float64 // points after each body paragraph
	LineSpacing                                        float64 // multiple of single spacing
	RecipientsLabelBold, RecipientsLabelItalic         bool
	RecipientsLabelUnderline                           bool
	PageNumbersFromPage2                               bool // centred in the top margin
}

// PartyLayout follows Hướng dẫn 36-HD/VPTW as REPORT-FORMAT.md describes it.
func PartyLayout() Layout {
	return Layout{
		FontFamily: "Times New Roman",
		PageWidth:  210, PageHeight: 297,
		MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,
		HeaderLeftShare: 0.45,
		BodySize:        14, HeadingSize: 14, DocTypeSize: 16, SummarySize: 14,
		MottoSize: 15, SubMottoSize: 14, TableSize: 12, RecipientsSize: 12,
		RecipientsLabelSize:   14,
		FirstLineIndent:       10,
		ParagraphSpacing:      6,
		LineSpacing:           1.15,
		RecipientsLabelItalic: true, RecipientsLabelUnderline: true,
		PageNumbersFromPage2: true,
	}
}

// StateLayout follows Nghị định 30/2020/NĐ-CP.
func StateLayout() Layout {
	l := PartyLayout()
	l.MottoSize, l.SubMottoSize = 13, 14
	// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 13 pt bold needs the wider right column.
	l.HeaderLeftShare = 0.38
	l.RecipientsLabelSize, l.RecipientsSize = 12, 11
	l.RecipientsLabelBold, l.RecipientsLabelItalic, l.RecipientsLabelUnderline = true, true, false
	return l
}
