package report

// HeaderRows lays the header out as rows of a two-column block (left: the
// issuing bodies, star and number; right: the motto and sub-motto, then the
// place and date on row DateRow), for renderers that draw it line by line.
func (h Header) HeaderRows() [][2]string {
	var left []string
	for _, s := range []string{h.SuperiorBody, h.IssuingBody} {
		if s != "" {
			left = append(left, s)
		}
	}
	if h.Star {
		left = append(left, "*")
	}
	if h.Number != "" {
		left = append(left, h.Number)
	}
	var right []string
	for _, s := range []string{h.Motto, h.SubMotto} {
		if s != "" {
			right = append(right, s)
		}
	}
	if h.PlaceDate != "" {
		for len(right) < h.DateRow() {
			right = append(right, "")
		}
		right = append(right, h.PlaceDate)
	}
	rows := make([][2]string, max(len(left), len(right)))
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

// DateRow is the row of the header the place and date stand on, level with
// the star under the issuing body, or with the number when there is no star
// (or lower, if the mottos take more rows).
func (h Header) DateRow() int {
	n := 0
	for _, s := range []string{h.SuperiorBody, h.IssuingBody} {
		if s != "" {
			n++
		}
	}
	return n
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
