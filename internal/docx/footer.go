package docx

import "github.com/nq57/nq57/internal/report"

// signatureSpace is the number of blank lines left for the signature and seal.
const signatureSpace = 5

// footer writes the two-column block at the end: "Nơi nhận:" and the
// recipients on the left, the signature block on the right.
func (b *builder) footer(f report.Footer, l report.Layout) {
	widths := splitWidths(textWidth(l), l.HeaderLeftShare)
	b.plainTable(widths, [][][]para{{recipients(f), signature(f)}})
}

func recipients(f report.Footer) []para {
	var ps []para
	if f.RecipientsLabel != "" {
		ps = append(ps, para{style: styleRecipientsLabel, runs: []run{{text: f.RecipientsLabel}}})
	}
	for _, r := range f.Recipients {
		ps = append(ps, para{style: styleRecipients, runs: []run{{text: r}}})
	}
	return ps
}

func signature(f report.Footer) []para {
	var ps []para
	for _, s := range []string{f.Authority, f.Position} {
		if s != "" {
			ps = append(ps, para{style: styleSignature, runs: []run{{text: s}}})
		}
	}
	for range signatureSpace {
		ps = append(ps, emptyPara(styleSignature))
	}
	if f.Signer != "" {
		ps = append(ps, para{style: styleSignature, runs: []run{{text: f.Signer}}})
	}
	return ps
}
