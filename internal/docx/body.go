package docx

import (
	"fmt"

	"github.com/nq57/nq57/internal/report"
)

// title writes the document type and the summary, bold and centred, with a
// short "-----" line under them.
func (b *builder) title(m report.Model) {
	if m.DocType != "" {
		b.paragraph(para{style: styleDocType, runs: []run{{text: m.DocType}}})
	}
	if m.Summary != "" {
		b.paragraph(para{style: styleSummary, runs: []run{{text: m.Summary}}})
	}
	b.paragraph(para{style: styleSummaryRule, runs: []run{{text: "-----"}}})
}

// body writes the body blocks in order. A paragraph that follows a table gets
// the paragraph spacing above it too, so that it does not touch the table.
func (b *builder) body(blocks []report.Block, l report.Layout) error {
	afterTable := false
	for i, blk := range blocks {
		var p para
		switch blk.Kind {
		case report.Paragraph:
			p = para{style: styleBody, runs: bodyRuns(blk.Runs, false)}
		case report.Heading:
			p = para{style: headingStyle(blk.Level), runs: bodyRuns(blk.Runs, true)}
		case report.TableKind:
			if blk.Table == nil {
				return fmt.Errorf("body block %d: table block without a table", i+1)
			}
			if err := b.table(blk.Table, l); err != nil {
				return fmt.Errorf("body block %d: %w", i+1, err)
			}
			afterTable = true
			continue
		default:
			return fmt.Errorf("body block %d: unknown kind %q", i+1, blk.Kind)
		}
		if afterTable {
			p.spaceBefore = ptTwips(l.ParagraphSpacing)
		}
		afterTable = false
		b.paragraph(p)
	}
	if afterTable { // keep the footer off the table
		b.paragraph(para{style: styleBody})
	}
	return nil
}

func headingStyle(level int) string {
	if level >= 2 {
		return styleHeading2
	}
	return styleHeading1
}

// bodyRuns converts the model's runs. In a heading, whose style is bold, a
// run that is not bold says so explicitly ("III. KIẾN NGHỊ, ĐỀ XUẤT: Không").
func bodyRuns(rs []report.Run, boldStyle bool) []run {
	out := make([]run, len(rs))
	for i, r := range rs {
		out[i] = run{text: r.Text, bold: r.Bold, noBold: boldStyle && !r.Bold, italic: r.Italic}
	}
	return out
}
