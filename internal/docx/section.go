package docx

import "github.com/nq57/nq57/internal/report"

// Relationship ids of the page headers in word/_rels/document.xml.rels.
const (
	relFirstHeader   = "rIdHeaderFirst"
	relDefaultHeader = "rIdHeaderDefault"
)

// section writes the page setup: size, orientation and margins from the
// layout, and the page headers. With PageNumbersFromPage2 the first page has
// its own, empty header (titlePg) and the page number starts on page 2;
// otherwise every page shows it. The header sits halfway into the top margin.
func (b *builder) section(l report.Layout) {
	b.raw(`<w:sectPr><w:headerReference w:type="default" r:id="`, relDefaultHeader, `"/>`)
	if l.PageNumbersFromPage2 {
		b.raw(`<w:headerReference w:type="first" r:id="`, relFirstHeader, `"/>`)
	}
	b.raw(`<w:pgSz w:w="`, itoa(twips(l.PageWidth)), `" w:h="`, itoa(twips(l.PageHeight)), `"`)
	if l.PageWidth > l.PageHeight {
		b.raw(` w:orient="landscape"`)
	}
	b.raw(`/><w:pgMar w:top="`, itoa(twips(l.MarginTop)), `" w:right="`, itoa(twips(l.MarginRight)))
	b.raw(`" w:bottom="`, itoa(twips(l.MarginBottom)), `" w:left="`, itoa(twips(l.MarginLeft)))
	b.raw(`" w:header="`, itoa(twips(l.MarginTop/2)), `" w:footer="`, itoa(twips(l.MarginBottom/2)), `" w:gutter="0"/>`)
	b.raw(`<w:cols w:space="720"/>`)
	if l.PageNumbersFromPage2 {
		b.raw(`<w:titlePg/>`)
	}
	b.raw(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
}

// pageNumberHeaderXML writes the default page header: the page number,
// centred, as a PAGE field.
func pageNumberHeaderXML(l report.Layout) []byte {
	b := newBuilder(l)
	b.raw(xmlHeader, `<w:hdr `, nsW, ` `, nsR, `><w:p><w:pPr><w:pStyle w:val="`, stylePageHeader, `"/></w:pPr>`)
	field := func(inner string) { b.raw(`<w:r><w:rPr>`, b.fonts, `</w:rPr>`, inner, `</w:r>`) }
	field(`<w:fldChar w:fldCharType="begin"/>`)
	field(`<w:instrText xml:space="preserve"> PAGE </w:instrText>`)
	field(`<w:fldChar w:fldCharType="separate"/>`)
	field(`<w:t>2</w:t>`)
	field(`<w:fldChar w:fldCharType="end"/>`)
	b.raw(`</w:p></w:hdr>`)
	return b.bytes()
}

// firstPageHeaderXML writes the empty header of the first page.
func firstPageHeaderXML(l report.Layout) []byte {
	b := newBuilder(l)
	b.raw(xmlHeader, `<w:hdr `, nsW, ` `, nsR, `><w:p><w:pPr><w:pStyle w:val="`, stylePageHeader, `"/></w:pPr></w:p></w:hdr>`)
	return b.bytes()
}
