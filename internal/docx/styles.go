package docx

import "github.com/nq57/nq57/internal/report"

// Paragraph style ids. Every paragraph of the document names one of them, so
// that an edited document keeps its look.
const (
	styleNormal          = "Normal"
	styleBody            = "BodyText"
	styleHeading1        = "Heading1"
	styleHeading2        = "Heading2"
	styleDocType         = "Title"
	styleSummary         = "Subtitle"
	styleSummaryRule     = "SummaryRule"
	styleLetterhead      = "Letterhead"
	styleTableText       = "TableText"
	styleTableHeading    = "TableHeading"
	styleRecipientsLabel = "RecipientsLabel"
	styleRecipients      = "Recipients"
	styleSignature       = "Signature"
	stylePageHeader      = "Header"
)

// style is one w:style definition; pPr and rPr hold the inner XML of its
// paragraph and run properties, in schema order.
type style struct {
	id, name, basedOn, next string
	pPr, rPr                string
}

// stylesXML writes word/styles.xml from the layout's measurements.
func stylesXML(l report.Layout) []byte {
	b := newBuilder(l)
	b.raw(xmlHeader, `<w:styles `, nsW, `>`)
	b.docDefaults(l)
	b.raw(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	for _, s := range paragraphStyles(l) {
		b.style(s)
	}
	b.raw(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.raw(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.raw(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>`, gridBorders, `</w:tblBorders></w:tblPr></w:style>`)
	b.raw(`</w:styles>`)
	return b.bytes()
}

// docDefaults sets the font, size and language every style inherits.
func (b *builder) docDefaults(l report.Layout) {
	b.raw(`<w:docDefaults><w:rPrDefault><w:rPr>`, b.fonts)
	b.val("sz", halfPoints(l.BodySize))
	b.val("szCs", halfPoints(l.BodySize))
	b.raw(`<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.raw(`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
}

func (b *builder) style(s style) {
	b.raw(`<w:style w:type="paragraph" w:styleId="`, s.id, `"><w:name w:val="`, s.name, `"/>`)
	b.raw(`<w:basedOn w:val="`, s.basedOn, `"/>`)
	if s.next != "" {
		b.raw(`<w:next w:val="`, s.next, `"/>`)
	}
	b.raw(`<w:qFormat/>`)
	if s.pPr != "" {
		b.raw(`<w:pPr>`, s.pPr, `</w:pPr>`)
	}
	if s.rPr != "" {
		b.raw(`<w:rPr>`, s.rPr, `</w:rPr>`)
	}
	b.raw(`</w:style>`)
}

// paragraphStyles defines the styles of the report's elements.
func paragraphStyles(l report.Layout) []style {
	body := spacing(0, ptTwips(l.ParagraphSpacing), lineTwips(l.LineSpacing)) +
		`<w:ind w:firstLine="` + itoa(twips(l.FirstLineIndent)) + `"/><w:jc w:val="both"/>`
	single := spacing(0, 0, 240)
	centred := single + `<w:jc w:val="center"/>`
	return []style{
		{styleBody, "Body Text", styleNormal, "", body, ""},
		{styleHeading1, "heading 1", styleBody, styleBody, `<w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/>`, bold + size(l.HeadingSize)},
		{styleHeading2, "heading 2", styleBody, styleBody, `<w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/>`, bold + size(l.HeadingSize)},
		{styleDocType, "Title", styleNormal, styleSummary, `<w:keepNext/>` + spacing(ptTwips(l.BodySize), 0, 240) + `<w:jc w:val="center"/>`, bold + size(l.DocTypeSize)},
		{styleSummary, "Subtitle", styleNormal, styleSummaryRule, `<w:keepNext/>` + centred, bold + size(l.SummarySize)},
		{styleSummaryRule, "Summary Rule", styleNormal, styleBody, spacing(0, 2*ptTwips(l.ParagraphSpacing), 240) + `<w:jc w:val="center"/>`, ""},
		{styleLetterhead, "Letterhead", styleNormal, "", centred, ""},
		{styleTableText, "Table Text", styleNormal, "", single, size(l.TableSize)},
		{styleTableHeading, "Table Heading", styleTableText, "", `<w:jc w:val="center"/>`, bold},
		{styleRecipientsLabel, "Recipients Label", styleNormal, styleRecipients, single, recipientsLabelRPr(l)},
		{styleRecipients, "Recipients", styleNormal, "", single, size(l.RecipientsSize)},
		{styleSignature, "Signature", styleNormal, "", centred, bold},
		{stylePageHeader, "header", styleNormal, "", centred, ""},
	}
}

const bold = `<w:b/><w:bCs/>`

func recipientsLabelRPr(l report.Layout) string {
	s := ""
	if l.RecipientsLabelBold {
		s += bold
	}
	if l.RecipientsLabelItalic {
		s += `<w:i/><w:iCs/>`
	}
	s += size(l.RecipientsLabelSize)
	if l.RecipientsLabelUnderline {
		s += `<w:u w:val="single"/>`
	}
	return s
}

func spacing(before, after, line int) string {
	return `<w:spacing w:before="` + itoa(before) + `" w:after="` + itoa(after) +
		`" w:line="` + itoa(line) + `" w:lineRule="auto"/>`
}

// size is the w:sz and w:szCs pair for pt points; none when pt is not set.
func size(pt float64) string {
	if pt <= 0 {
		return ""
	}
	hp := itoa(halfPoints(pt))
	return `<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`
}
