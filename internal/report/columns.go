package report

// HeaderRows lays the header out as rows of a two-column block (left: the
// issuing bodies, star and number; right: the motto and the place and date,
// the date level with the star), for renderers that draw it line by line.
func (h Header) HeaderRows() [][2]string {
	left := []string{h.SuperiorBody, h.IssuingBody, "", h.Number}
	if h.Star {
		left[2] = "*"
	}
	right := []string{h.Motto, h.SubMotto, h.PlaceDate, ""}
	if h.SuperiorBody == "" {
		left = left[1:]
	}
	rows := make([][2]string, 0, len(left))
	for i := 0; i < len(left) || i < len(right); i++ {
		var row [2]string
		if i < len(left) {
			row[0] = left[i]
		}
		if i < len(right) {
			row[1] = right[i]
		}
		if row != [2]string{} {
			rows = append(rows, row)
		}
	}
	return rows
}

// signatureGap is how many blank lines stand between the position and the
// signer's name, for the signature and the seal.
const signatureGap = 4

// FooterRows lays the footer out as rows of a two-column block: the recipients
// on the left, the signature block on the right.
func (f Footer) FooterRows() [][2]string {
	left := append([]string{f.RecipientsLabel}, f.Recipients...)
	right := []string{f.Authority, f.Position}
	for i := 0; i < signatureGap; i++ {
		right = append(right, "")
	}
	right = append(right, f.Signer)
	n := max(len(left), len(right))
	rows := make([][2]string, n)
	for i := range rows {
		if i < len(left) {
			rows[i][0] = left[i]
		}
		if i < len(right) {
			rows[i][1] = right[i]
		}
	}
	return rows
}
